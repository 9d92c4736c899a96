import { expectCases } from '../contract.test-helper.js';
import { credentialRecognizer } from './credential.js';

const gh = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n-----END RSA PRIVATE KEY-----';
expectCases(
  credentialRecognizer,
  [
    ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
    [`export GITHUB_TOKEN=${gh}`, gh],
    ['SLACK=xoxb-123456789012-abcdefghijklm', 'xoxb-123456789012-abcdefghijklm'],
    ['stripe key sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'sk_live_4eC39HqLyjWDarjtT1zdp7dc'],
    ['GOOGLE AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q', 'AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'],
    [`Authorization: Bearer ${jwt}`, jwt],
    [`key:\n${pem}\n`, pem],
    ['password=hunter2!', 'hunter2!'],
    ['mot de passe : S3cr3t!2024', 'S3cr3t!2024'],
    ["pwd: 'Tr0ub4dor&3'", 'Tr0ub4dor&3'],
    ['DB_PASSWORD=Zx9!kq', 'Zx9!kq'],
  ],
  [
    'sandbox keys start with `sk_test_`, live keys with `sk_live_`.',
    'password reset requested for user=anguessan',
    'Failed password for invalid user oracle',
    'password: required',
    'PWD=/home/dkowalski',
    'password=********',
    'password=${DB_PASSWORD}',
    'mot de passe : <votre mot de passe>',
  ],
);
