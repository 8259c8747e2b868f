import { describe, expect, it } from 'vitest';
import { issuerUrl, oidcOptionsFrom } from '../../src/server/identity/oidc';

describe('OIDC settings', () => {
  it('are off without OIDC_ISSUER, and default the claim and the name', () => {
    expect(oidcOptionsFrom({})).toBeUndefined();
    expect(
      oidcOptionsFrom({
        OIDC_ISSUER: 'https://login.microsoftonline.com/t/v2.0',
        OIDC_CLIENT_ID: 'c',
        OIDC_CLIENT_SECRET: 's',
      }),
    ).toMatchObject({ claim: 'groups', name: 'organisationens login' });
  });

  it('refuse a half-set configuration in Danish', () => {
    expect(() => oidcOptionsFrom({ OIDC_ISSUER: 'https://idp.example.dk' })).toThrow(/OIDC_CLIENT_ID/);
  });

  it('accept an http:// issuer only on this machine (tests), never across a network', () => {
    expect(issuerUrl('http://127.0.0.1:4000').hostname).toBe('127.0.0.1');
    expect(issuerUrl('http://localhost:4000').hostname).toBe('localhost');
    expect(issuerUrl('https://adfs.randers.dk/adfs').protocol).toBe('https:');
    for (const issuer of [
      'http://adfs.randers.dk/adfs',
      'http://10.0.0.5',
      'http://127.0.0.1.example.dk',
      'ftp://127.0.0.1',
    ])
      expect(() => issuerUrl(issuer), issuer).toThrow(/https/);
  });
});
