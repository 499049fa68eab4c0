// The review queue and an event's page (/admin/moves): keys like the feed readers editors know, and suggestions for the
// entity fields. A file, not inline script: the Content-Security-Policy allows scripts from this origin only.
(function () {
  'use strict';

  function items() {
    return Array.prototype.slice.call(document.querySelectorAll('.review-item'));
  }

  function current() {
    var active = document.activeElement && document.activeElement.closest ? document.activeElement.closest('.review-item') : null;
    return active || document.querySelector('.review-item.current') || items()[0] || null;
  }

  function select(item) {
    items().forEach(function (other) { other.classList.remove('current'); });
    if (item) {
      item.classList.add('current');
      item.focus();
      item.scrollIntoView({ block: 'nearest' });
    }
  }

  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey || (target && target.closest && target.closest('input, select, textarea'))) {
      return;
    }
    var list = items();
    var item = current();
    var index = list.indexOf(item);
    if (event.key === 'j' || event.key === 'k') {
      select(list[Math.min(list.length - 1, Math.max(0, index + (event.key === 'j' ? 1 : -1)))] || item);
      event.preventDefault();
      return;
    }
    var action = item ? item.querySelector('[data-key="' + event.key + '"]') : null;
    if (action) {
      event.preventDefault();
      action.click();
    }
  });

  var timer = null;
  document.addEventListener('input', function (event) {
    var field = event.target;
    if (!field.dataset || !field.dataset.entityKind) {
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(function () {
      var url = '/admin/moves?handler=Entities&kind=' + encodeURIComponent(field.dataset.entityKind) + '&q=' + encodeURIComponent(field.value);
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (entities) {
          var list = document.getElementById(field.getAttribute('list'));
          if (!list) {
            return;
          }
          list.textContent = '';
          entities.forEach(function (entity) {
            var option = document.createElement('option');
            option.value = entity.label;
            if (entity.nameAr) {
              option.label = entity.label + ' · ' + entity.nameAr;
            }
            list.appendChild(option);
          });
        })
        .catch(function () { /* suggestions are a convenience: typing a name still works without them */ });
    }, 200);
  });

  document.addEventListener('DOMContentLoaded', function () {
    if (document.querySelector('.review-queue')) {
      select(items()[0] || null);
    }
  });
}());
