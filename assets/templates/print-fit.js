// Lays out a Briefdeck print page after fonts load: centres each slide vertically as reveal.js does,
// shrinks a slide whose content is taller than the slide, and shrinks speaker notes that overflow
// their box. Then marks <html data-bd-ready> for the printer. Static: the page's CSP allows it by hash.
(async function () {
  var SLIDE_H = 720;
  if (document.fonts && document.fonts.ready) await document.fonts.ready;
  document.querySelectorAll('.bd-frame').forEach(function (frame) {
    var section = frame.querySelector('.slides > section');
    if (!section) return;
    var height = section.offsetHeight;
    if (height > SLIDE_H) {
      section.style.transform = 'scale(' + (SLIDE_H / height).toFixed(4) + ')';
    } else if (frame.getAttribute('data-bd-center') !== 'false') {
      section.style.top = ((SLIDE_H - height) / 2) + 'px';
    }
  });
  document.querySelectorAll('.bd-notes').forEach(function (notes) {
    var size = parseFloat(getComputedStyle(notes).fontSize);
    while (notes.scrollHeight > notes.clientHeight + 1 && size > 8) {
      size -= 0.5;
      notes.style.fontSize = size + 'px';
    }
  });
  document.documentElement.setAttribute('data-bd-ready', '');
})();
