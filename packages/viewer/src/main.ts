/** Viewer entry point: mounts the explorer into `#app`. */
import './styles.css';
import { startApp } from './app.js';

const root = document.getElementById('app');
if (root) void startApp(root);
