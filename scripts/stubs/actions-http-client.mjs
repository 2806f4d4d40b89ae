// Build-time stand-in for @actions/http-client in dist/index.js. @actions/core imports it only for its OIDC
// token helper (core.getIDToken), which podgate never calls: the Action uses no token and no network. The stub
// keeps undici (about 0.8 MB) out of the bundle and fails loudly if anything ever tries to use it.
const offline = () => {
  throw new Error('podgate runs offline: @actions/http-client is not bundled');
};

export class HttpClient {
  constructor() {
    offline();
  }
}

export class BearerCredentialHandler {
  constructor() {
    offline();
  }
}
