// Lays out a Briefdeck print page after fonts load: shrinks a slide whose content is taller than the
// slide (static-slide.css centres the others, as reveal.js does), and shrinks speaker notes that
// overflow their box. Then marks <html data-bd-ready> for the printer. Static: the page's CSP allows
// it by hash. The document gives the slide height on <body data-bd-slide-height>.
// Only the page's own frames and notes boxes are fitted: deck content (inside a frame) may use the
// same class names, and must not make this script work harder.
(async function () {
  var SLIDE_H = Number(document.body.getAttribute('data-bd-slide-height'));
  var own = function (element) { return element.parentElement.closest('.bd-frame') === null; };
  if (document.fonts && document.fonts.ready) await document.fonts.ready;
  document.querySelectorAll('.bd-frame').forEach(function (frame) {
    if (!own(frame)) return;
    var section = frame.querySelector('.slides > section');
    if (!section) return;
    var height = section.offsetHeight;
    if (height > SLIDE_H) section.style.transform = 'scale(' + (SLIDE_H / height).toFixed(4) + ')';
  });
  document.querySelectorAll('.bd-notes').forEach(function (notes) {
    if (!own(notes)) return;
    var fits = function () { return notes.scrollHeight <= notes.clientHeight + 1; };
    if (fits()) return;
    // The largest size from 8 px to the box's own (at most 40 px) at which the notes fit: a few layouts, not one per step.
    var low = 8, high = Math.min(40, parseFloat(getComputedStyle(notes).fontSize));
    for (var i = 0; i < 7 && high - low > 0.25; i++) {
      var middle = (low + high) / 2;
      notes.style.fontSize = middle + 'px';
      if (fits()) low = middle; else high = middle;
    }
    notes.style.fontSize = low + 'px';
  });
  document.documentElement.setAttribute('data-bd-ready', '');
})();
