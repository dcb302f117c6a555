// Help texts: every verb with its options and a working example.

/** Help per verb. */
export const HELP: Record<string, string> = {
  keygen: `bbpass keygen --role root|office|holder --out FILE [options]
  Makes a new Ed25519 key. The private part is sealed with PBKDF2-SHA-256 (600,000 iterations)
  and AES-256-GCM under the passphrase from --passphrase-file or $BBPASS_PASSPHRASE.
  root:   --district ID --name NAME      (ID: Kreis key such as 09174, lower-case a-z 0-9 -)
  holder: --given NAMES --family NAME --birth YYYY[-MM[-DD]] [--given-native NAMES] [--family-native NAME]
          [--at ISO] [--confirm-under-16]
          --given/--family: the name exactly as in the Latin letters of the passport or
          Aufenthaltstitel ("Name/Surname", "Vornamen/Given names", or the machine-readable
          zone); refused without a Latin letter. --*-native: the same name in the holder's own
          script, shown beside it (never compared with the ID).
          Aged 16 and over on the day of --at (default now, Europe/Berlin; a partial date counts as
          its last day); 14 or 15 only with --confirm-under-16 (a counselling service advised it); under 14 refused
  --plain   store the key unencrypted (tests and demos only)
  Prints {"role","publicKey","keyId",…} as JSON.
  Example: BBPASS_PASSPHRASE=… bbpass keygen --role root --district 09174 --name "Landkreis Dachau" --out root.key`,
  register: `bbpass register --key office.key --district ID --name NAME --kind KIND --types T1,T2 [--address A] [--contact C] [--out req.qr]
  An office's registration request for its coordinator, signed by the office key.
  KIND: other, sprachkurstraeger, migrationsberatung, jugendmigrationsdienst, fluechtlings-integrationsberatung,
        berufsschule, volkshochschule, jobcenter, agentur-fuer-arbeit, auslaenderbehoerde, einwohnermeldeamt
  Example: bbpass register --key vhs.key --district 09174 --name "VHS Dachau" --kind volkshochschule --types sprachkurs,weiterbildung --out vhs.req.qr`,
  certify: `bbpass certify --root root.key (--request req.qr | --office-key B64 --name NAME --kind KIND --types T1,T2) [--from ISO] [--until ISO]
                [--office-id HEX16] [--device-label LABEL] [--out cert.qr]
  The district root signs an office certificate (default validity: two years from --from, default now).
  With --request the office's signature is checked; --name/--kind/--types override what it asked for.
  A further device of an office: --office-id is the key id of the office's first device (FORMAT.md §7.3
  key 9; give the office's --name and --kind so verifiers show one name); --device-label names the device
  ("Theke 1"). Revoke a stolen device alone with \`bbpass trust --revoke <its key id>@TIME\`.
  Example: bbpass certify --root root.key --request vhs.req.qr --types sprachkurs --until 2028-12-31 --out vhs.cert.qr
  Example: bbpass certify --root root.key --request tablet.req.qr --office-id 5a2c0f9e1b7d3a44 --name "VHS Dachau" --device-label "Tablet Raum 2" --out tablet.cert.qr`,
  trust: `bbpass trust --root root.key --out trust.json [--base old-trust.json] [--cert cert.qr]… [--revoke KEY@ISO]… [--withdraw W.qr]… [--version N] [--at ISO]
  Signs the next trust list of the root's district: the base list's certificates, revocations and withdrawals plus the new ones.
  KEY is the office public key (base64url) or its 16-hex key id; stamps it issued from ISO on are invalid.
  W.qr is an office's withdrawal (bbpass withdraw): taken only if an office of this district signed it and issued the stamp.
  N defaults to the base version + 1; verifiers take at most base + 1000 and never above 2147483647.
  Example: bbpass trust --root root.key --base trust.json --revoke 3f2a9c0d11e4b5a6@2026-11-01T00:00:00Z --out trust.json`,
  anchor: `bbpass anchor --root root.key [--out FILE]
  Prints the root's trust anchor as one line (public key only; no passphrase needed): what another
  district passes to bbpass site --anchor to trust this root beside its own (federation).
  Example: bbpass anchor --root root.key`,
  stats: `bbpass stats [--out merged.csv] EXPORT.json…
  Merges the offices' anonymous counts exports (bbpass-counts): the same office and month count once,
  the newer export wins. Writes CSV for German Excel (UTF-8 with BOM, semicolons). A file with any
  unknown field is refused, so nothing personal can pass.
  Example: bbpass stats --out zahlen.csv exports/*.json`,
  card: `bbpass card --holder holder.key [--at ISO] [--out card.qr]
  The holder's pass card: key, name, birth date and time, signed by the holder key (fresh for 10 minutes).
  Example: bbpass card --holder holder.key --out card.qr`,
  stamp: `bbpass stamp --office office.key --cert cert.qr --card card.qr --entry JSON|@FILE [--replaces OLD.qr] [--at ISO] [--max-age SECONDS] [--out stamp.qr]
  Checks the pass card (younger than --max-age, default and most 300 s), then signs one entry for that holder.
  --replaces makes it the correction of an earlier stamp of this office (withdraw that one with --reason corrected). Entry examples:
    {"type":"sprachkurs","course":"integrationskurs","level":"B1","status":"exam-passed","certificate":"DTZ","units":300}
    {"type":"beratung","topics":["recognition"],"date":"2026-11-20"}
  Example: bbpass stamp --office vhs.key --cert vhs.cert.qr --card card.qr --entry @entry.json --out stamp.qr`,
  withdraw: `bbpass withdraw --office office.key --cert cert.qr --stamp STAMP.qr [--reason CODE] [--replacement NEW.qr] [--at ISO] [--out W.qr]
  Signs the withdrawal of one stamp this office issued (a stamp of another office is refused), for the coordinator's trust list.
  CODE: issued-in-error (default), wrong-person, corrected; --replacement (with corrected) names the corrected stamp.
  Verifiers holding the next trust list report the stamp "withdrawn" with its date; the holder's other stamps stay valid.
  Example: bbpass withdraw --office vhs.key --cert vhs.cert.qr --stamp stamp.qr --reason corrected --replacement new.qr --out w.qr`,
  present: `bbpass present --holder holder.key [--at ISO] [--fragment BYTES] [--frames N] [--out presentation.txt] STAMP.qr…
  Signs the chosen stamps as one presentation and writes its fountain-coded frames, one per line
  (default: the minimum number of frames; --frames adds mixed frames for lossy channels).
  Example: bbpass present --holder holder.key --out presentation.txt stamps/*.qr`,
  verify: `bbpass verify --trust trust.json [--at ISO] [--holder-key B64] [--max-age SECONDS] [FILE|-]
  Verifies a stamp, a pass card or a presentation (one frame per line, any order) offline and prints
  {"kind","valid","reason","entries":[{"type","issuer","district","valid","reason"}]}
  ("demo": true beside an entry vouched for by a DEMO root, and after "reason" when any entry is;
  a stamp its office withdrew: "reason": "withdrawn", "withdrawn": {"at","reason"}).
  --max-age (1 to 300 s, default 300) narrows the age a card or presentation may have; more is refused.
  Exit code: 0 everything valid, 1 something invalid, 2 unreadable input.
  Example: bbpass verify --trust demo/trust.json --at 2026-11-21T10:00:00Z demo/presentation.txt`,
  qr: `bbpass qr FILE --out NAME.png [--ec L|M|Q|H] [--scale N]
  Renders each payload line as a QR code PNG (several lines: NAME-01.png, NAME-02.png, …) and prints its QR version.
  Example: bbpass qr stamp.qr --out stamp.png`,
  scan: `bbpass scan IMAGE…
  Decodes the QR code in each PNG or JPEG with the app's decoder (ZXing) and prints one line per
  image, in order: its text, or an empty line when it has none (the reason on stderr).
  Exit code 0 = every image had a code, 1 = some had none, 2 = a file could not be read.
  Example: bbpass scan stamp.png | bbpass verify --trust trust.json -`,
  demo: `bbpass demo --out DIR [--at ISO]
  Writes the public DEMO district (not for production): trust.json, keys, certificates, stamps/NN.qr,
  card.qr, presentation.txt and README.txt naming the time it was made.
  Example: bbpass demo --out demo && bbpass verify --trust demo/trust.json demo/stamps/01.qr`,
  directory: `bbpass directory check FILE
  Checks an offers directory ("Wegweiser", docs/directory.md). Exit 0 valid, 1 invalid (every problem listed as path: explanation [code]), 2 unreadable.
  Example: bbpass directory check public/directory/dachau.json
bbpass directory import FILE.csv --out offers.json [--district NAME]
  Turns the offers spreadsheet (German Excel CSV: ; separated, UTF-8 or Windows-1252, German headers) into the directory file for bbpass site --directory.
  Exit 0 written, 1 problems (each as Zeile N, Spalte „…“: German explanation [code]; nothing written), 2 unreadable.
  Example: bbpass directory import angebote.csv --out offers.json --district "Landkreis Dachau"`,
  site: `bbpass site --dist DIR --root root.key --trust trust.json [--trust T.json]… [--anchor LINE|FILE]… [--directory offers.json]
           [--name NAME] [--contact-name N] [--contact-email E] [--contact-phone P] [--contact-website https://…]
           [--max-trust-age DAYS] --out SITE [--force]
  Writes a deployable folder for one district: a copy of the district build DIR (npm run build:district),
  site.json (the roots the app trusts, its name and contact, how old a trust list may get before
  verifiers warn; default 7 days), trust/<district>.json per root, directory/<district>.json (checked
  like bbpass directory check), and the service worker's precache extended to these files.
  Reads only the public part of root.key (no passphrase). --anchor adds another district's root
  (its key file, or the line bbpass anchor prints); its trust list comes with another --trust.
  Refused: a DIR holding any DEMO public key or that is not a built bbpass app; a trust list not
  signed by the given roots; no trust list of the root's district; a broken directory file; an
  existing non-empty SITE (unless --force, which replaces it).
  Later trust lists need no new site: upload only trust/<district>.json (devices fetch it when online).
  Example: bbpass site --dist dist-district --root root.key --trust trust.json --out site`,
};

/** The overview printed by `bbpass --help`. */
export function overview(): string {
  return `bbpass — command-line tool of the Bildungs- und Beratungspass (offline, no network)

Verbs:
${Object.values(HELP).map((h) => `  ${h.split('\n')[0]}`).join('\n')}

bbpass VERB --help shows one verb with an example.
`;
}
