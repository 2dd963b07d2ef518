import { createReachable } from '@reachable/core';
import { Reachable } from '@reachable/vue';
import { createApp } from 'vue';
// Element Plus's own CSS as a file (it injects no style at run time), the page's, then the recipe that maps
// Element Plus's variables to the hooks: Vite extracts them into one file, in this order.
import 'element-plus/dist/index.css';
import './donate.css';
import './element-plus-recipe.css';
import Donate from './Donate.vue';

// The recipe applies the visitor's colour scheme to Element Plus, so Reachable applies no colours of its own.
const controller = createReachable({ honours: { colorScheme: true } });
createApp(Donate).use(Reachable, { controller }).mount('#app');
