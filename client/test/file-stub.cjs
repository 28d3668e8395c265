// Jest stand-in for stylesheets and images imported by components (see jest.config.ts).
module.exports = {};
