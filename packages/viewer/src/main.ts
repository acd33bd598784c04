/** Viewer entry point (placeholder until the explorer lands). */
const app = document.getElementById('app');
if (app) app.textContent = 'kg explorer';
