// While the server checks a source (detection tries several addresses and can take up to 20 s), the button says so and
// cannot be pressed twice. A file, not inline script: the Content-Security-Policy allows scripts from this origin only.
document.addEventListener('submit', function (event) {
  var button = event.target.querySelector('button[data-busy]');
  if (!button) {
    return;
  }
  button.disabled = true;
  button.textContent = button.dataset.busy;
  event.target.setAttribute('aria-busy', 'true');
});
