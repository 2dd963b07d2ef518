import { createApp } from 'vue';
import '../../shared/site.css';
import App from './App.vue';

createApp(App).mount('#app');
