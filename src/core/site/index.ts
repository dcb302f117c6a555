// site.json: what a deployment pins beside the built app.
export * from './site-types';
export * from './site-file';
