/** The router: the layout around every page of the route table, each page lazily loaded. */
import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './components/layout/Layout.js';
import { Page } from './components/layout/Page.js';
import { ROUTES } from './routes.js';

const NotFound = lazy(() => import('./pages/not-found/index.js'));

const children: RouteObject[] = ROUTES.map((route) => {
  const Component = lazy(route.load);
  return { path: route.path, element: <Page route={route} component={Component} /> };
});
children.push({ path: '*', element: <Page route={{ path: '*', title: 'Pagina niet gevonden', access: 'public' }} component={NotFound} /> });

export const router = createBrowserRouter([{ element: <Layout />, children }]);
