import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';

/** The stock simple-rest provider: the server speaks its protocol, cookies ride along same-origin. */
export const dataProvider: DataProvider = simpleRestProvider('/api');
