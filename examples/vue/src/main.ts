import { Reachable } from '@reachable/vue';
import { createApp } from 'vue';
import '../../shared/site.css';
import App from './App.vue';

// <ReachToolbar> and <ReachAnnouncer> for every component of the app.
createApp(App).use(Reachable).mount('#app');
