export * from './common';
export * from './sector';
export * from './citation';
export * from './campaign';
export * from './phase';
export * from './reporting';
export * from './document';
export * from './annex';
