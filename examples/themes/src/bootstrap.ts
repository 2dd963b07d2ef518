// Bootstrap's own CSS, then the recipe that maps its theme variables to the hooks: Vite extracts both into one file.
import 'bootstrap/dist/css/bootstrap.css';
import './bootstrap-recipe.css';
import './reachable.js';
