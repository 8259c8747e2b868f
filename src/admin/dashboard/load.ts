/** The dashboard's code (with recharts), loaded on demand: App renders it, login fetches it early. */
export const loadDashboard = () => import('./Dashboard');
