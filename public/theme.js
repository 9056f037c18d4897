// Applies the theme chosen on this device before the first paint (a blocking, same-origin script:
// the CSP forbids inline ones). "system" or nothing leaves it to prefers-color-scheme.
try {
  var theme = window.localStorage.getItem('hpcai.theme')
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme
} catch (error) {
  // storage disabled: follow the system
}
