// Lays out a Briefdeck print page after fonts load: shrinks a slide whose content is taller than the
// slide (static-slide.css centres the others, as reveal.js does), and shrinks speaker notes that
// overflow their box. Then marks <html data-bd-ready> for the printer. Static: the page's CSP allows
// it by hash. The document gives the slide height on <body data-bd-slide-height>.
(async function () {
  var SLIDE_H = Number(document.body.getAttribute('data-bd-slide-height'));
  if (document.fonts && document.fonts.ready) await document.fonts.ready;
  document.querySelectorAll('.bd-frame').forEach(function (frame) {
    var section = frame.querySelector('.slides > section');
    if (!section) return;
    var height = section.offsetHeight;
    if (height > SLIDE_H) section.style.transform = 'scale(' + (SLIDE_H / height).toFixed(4) + ')';
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
