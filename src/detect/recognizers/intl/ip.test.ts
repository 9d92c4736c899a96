import { expectCases } from '../contract.test-helper.js';
import { ipv4Recognizer, ipv6Recognizer } from './ip.js';
import { macRecognizer } from './mac.js';

expectCases(
  ipv4Recognizer,
  [
    ['connexion depuis 90.12.177.54 à 07:41', '90.12.177.54'],
    ['haproxy: 81.174.22.190:51532 [18/Jun/2024]', '81.174.22.190'],
    ['serveur de recette (srv-erp-rec01, 10.40.2.18)', '10.40.2.18'],
    ['SFTP sur 10.12.4.31:22', '10.12.4.31'],
  ],
  ['Le SDK mobile 4.12.0.3 corrige un bug', 'version 1.2.3.4', 'v1.2.3.4', '999.1.1.1', '1.2.3.4.5', 'netmask 255.255.255.0', 'listen 0.0.0.0', 'article 1.2.3.4 du code'],
);
expectCases(
  ipv6Recognizer,
  [
    ['from 2001:470:1f0b:9e2::14 port 50122', '2001:470:1f0b:9e2::14'],
    ['client 2a00:23c7:8a14:5e01:b93d:66ff:fe21:4c0a', '2a00:23c7:8a14:5e01:b93d:66ff:fe21:4c0a'],
    ['mapped ::ffff:192.168.1.10 here', '::ffff:192.168.1.10'],
    ['delivered to 2a02:8428:4c3:9e01::1b7', '2a02:8428:4c3:9e01::1b7'],
  ],
  ['à 09:05:12 précises', 'std::vector<int>', 'MAC aa:bb:cc:dd:ee:ff', '1:2:3', 'a::b::c'],
);
expectCases(
  macRecognizer,
  [
    ['wlan0 ether 3c:22:fb:9a:10:4e', '3c:22:fb:9a:10:4e'],
    ['adresse MAC 3C-22-FB-9A-10-4E', '3C-22-FB-9A-10-4E'],
    ['cisco 3c22.fb9a.104e', '3c22.fb9a.104e'],
  ],
  ['ff:ff:ff:ff:ff:ff', '00:00:00:00:00:00', '3c:22:fb-9a:10:4e', '1234.5678.9012', 'à 10:20:30:40'],
);
