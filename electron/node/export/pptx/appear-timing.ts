/** What one click shows: a whole shape, or one paragraph (0-based) of a text shape. */
export interface AppearTarget {
  shapeId: number
  paragraph?: number
}

/**
 * A slide's `<p:timing>`: one click per step, each showing its targets with PowerPoint's "Appear"
 * entrance effect (the first on click, the rest with it), in reveal.js's fragment order. Text shapes
 * shown by paragraph get a build list entry, as PowerPoint writes it, so each paragraph starts hidden.
 */
export function appearTiming(steps: readonly AppearTarget[][], textShapeIds: ReadonlySet<number>): string {
  let id = 2 // 1 is the timing root, 2 the main sequence
  const clicks = steps.filter((targets) => targets.length > 0).map((targets) => {
    const clickId = ++id
    const groupId = ++id
    const effects = targets.map((target, i) => {
      const effectId = ++id
      const setId = ++id
      const element = target.paragraph === undefined
        ? `<p:spTgt spid="${target.shapeId}"/>`
        : `<p:spTgt spid="${target.shapeId}"><p:txEl><p:pRg st="${target.paragraph}" end="${target.paragraph}"/></p:txEl></p:spTgt>`
      return `<p:par><p:cTn id="${effectId}" presetID="1" presetClass="entr" presetSubtype="0" fill="hold" grpId="0" nodeType="${i === 0 ? 'clickEffect' : 'withEffect'}">` +
        '<p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>' +
        `<p:set><p:cBhvr><p:cTn id="${setId}" dur="1" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst></p:cTn>` +
        `<p:tgtEl>${element}</p:tgtEl><p:attrNameLst><p:attrName>style.visibility</p:attrName></p:attrNameLst></p:cBhvr>` +
        '<p:to><p:strVal val="visible"/></p:to></p:set></p:childTnLst></p:cTn></p:par>'
    }).join('')
    return `<p:par><p:cTn id="${clickId}" fill="hold"><p:stCondLst><p:cond delay="indefinite"/></p:stCondLst><p:childTnLst>` +
      `<p:par><p:cTn id="${groupId}" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>${effects}</p:childTnLst></p:cTn></p:par>` +
      '</p:childTnLst></p:cTn></p:par>'
  }).join('')
  const all = steps.flat()
  const builds = [...new Set(all.map((target) => target.shapeId))].filter((shapeId) => textShapeIds.has(shapeId)).map((shapeId) => {
    const byParagraph = all.some((target) => target.shapeId === shapeId && target.paragraph !== undefined)
    return `<p:bldP spid="${shapeId}" grpId="0"${byParagraph ? ' build="p"' : ''}/>`
  }).join('')
  return '<p:timing><p:tnLst><p:par><p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot"><p:childTnLst>' +
    `<p:seq concurrent="1" nextAc="seek"><p:cTn id="2" dur="indefinite" nodeType="mainSeq"><p:childTnLst>${clicks}</p:childTnLst></p:cTn>` +
    '<p:prevCondLst><p:cond evt="onPrev" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:prevCondLst>' +
    '<p:nextCondLst><p:cond evt="onNext" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:nextCondLst></p:seq>' +
    `</p:childTnLst></p:cTn></p:par></p:tnLst>${builds ? `<p:bldLst>${builds}</p:bldLst>` : ''}</p:timing>`
}
