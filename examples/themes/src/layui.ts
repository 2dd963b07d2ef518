// layui's own CSS (its components' look; layui.js is not needed here), the page's additions, then the recipe
// that recolours layui's classes: Vite extracts them into one file, in this order.
import 'layui/dist/css/layui.css';
import './layui-page.css';
import './layui-recipe.css';
import './reachable.js';
