// Hands what the realm sent back (an authorization code, or an error) to the Swagger UI window that opened this one,
// through the object it left for us, then closes. The state must be the one Swagger UI sent.
(function () {
  'use strict';
  var oauth2 = window.opener && window.opener.swaggerUIRedirectOauth2;
  if (!oauth2) {
    document.body.textContent = 'Open Swagger UI at /api-docs/ and sign in from there.';
    return;
  }
  var fromHash = /code|token|error/.test(window.location.hash);
  var params = new URLSearchParams(fromHash ? window.location.hash.substring(1) : window.location.search.substring(1));
  var isValid = params.get('state') === oauth2.state;
  var flow = oauth2.auth.schema.get('flow');
  if ((flow === 'accessCode' || flow === 'authorizationCode' || flow === 'authorization_code') && !oauth2.auth.code) {
    if (!isValid) {
      oauth2.errCb({ authId: oauth2.auth.name, source: 'auth', level: 'warning',
        message: 'The state sent back is not the one sent; the answer may not come from the realm.' });
    }
    if (params.get('code')) {
      delete oauth2.state;
      oauth2.auth.code = params.get('code');
      oauth2.callback({ auth: oauth2.auth, redirectUrl: oauth2.redirectUrl });
    } else {
      oauth2.errCb({ authId: oauth2.auth.name, source: 'auth', level: 'error',
        message: params.get('error_description') || params.get('error') || 'The realm sent back no code.' });
    }
  } else {
    var token = {};
    params.forEach(function (value, key) { token[key] = value; });
    oauth2.callback({ auth: oauth2.auth, token: token, isValid: isValid, redirectUrl: oauth2.redirectUrl });
  }
  window.close();
}());
