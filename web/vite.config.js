// The web app is built into web/dist and served by `rightstrack serve --web web/dist`.
export default { base: '/', build: { outDir: 'dist', emptyOutDir: true } };
