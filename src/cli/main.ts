/**
 * The command line (CONTRACT.md): lint, probe, audit, rules, demo, diff.
 * Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 the tool could not do its job.
 */
import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError, Option } from 'commander';
import type { Lang } from '../finding.js';
import { langFromArgv, t } from '../i18n/index.js';
import { UsageError } from '../load/errors.js';
import { PACKAGE_VERSION } from '../package-root.js';
import { FORMATS } from '../report/formatters/index.js';
import { escapeControls, guardCommands } from '../report/sanitize.js';
import type { RawCommonOptions } from './options.js';

// Each command loads its own modules (and the options, which read the configuration file) when it runs:
// `--version` and `--help` load neither the rules engine nor the probe.
const resolveCommonOptions = async (raw: RawCommonOptions, args: string[]) => (await import('./options.js')).resolveCommonOptions(raw, args);

const HELP: Record<Lang, Record<string, string>> = {
  fr: {
    program: "Vérifie qu'une API de producteur est prête à rejoindre les bouquets API Entreprise / API Particulier.",
    lint: 'vérifie un ou plusieurs fichiers OpenAPI (YAML ou JSON) au regard des conventions',
    probe: "vérifie en direct l'API décrite par la spécification",
    audit: "vérifie la spécification (et l'API en direct avec --base-url) et écrit le rapport d'audit technique",
    rules: 'liste les règles, ou explique une convention ou une règle',
    demo: "audite le producteur exemple embarqué et écrit un rapport HTML",
    diff: 'compare deux versions d’une spécification (fichiers ou git:<ref>:<chemin>) : une rupture de compatibilité sans nouvelle version majeure est une erreur SRV-03',
    previous: 'version précédente de la spécification (fichier ou git:<ref>:<chemin>) : ajoute la comparaison au rapport',
    format: `format de sortie, répétable (${FORMATS.join(', ')})`,
    output: 'fichier où écrire le --format précédent',
    failOn: 'sévérité à partir de laquelle le code de sortie vaut 1',
    lang: 'langue des messages',
    bouquet: 'bouquet visé (auto : détecté)',
    profile: 'profil : standard, ou strict (identique à la façade du bouquet)',
    config: 'fichier de configuration (.bouquet-lint.json par défaut)',
    baseline: 'référence : seuls les constats absents de ce fichier font échouer',
    baselineWrite: 'enregistre les constats de cette analyse dans ce fichier de référence',
    ruleset: "jeu de règles Spectral de l'équipe, ajouté à l'analyse",
    quiet: 'n’affiche que les erreurs',
    debug: 'affiche la pile en cas d’erreur interne',
    remote: 'autorise le chargement des $ref distantes (http, https)',
    outside: 'autorise les $ref vers des fichiers hors du dossier de la spécification',
    private: 'autorise les $ref distantes vers des adresses privées, de bouclage ou locales au lien',
    maxFileSize: 'taille maximale d’un fichier lu (spécification, configuration, $ref), 50MB par défaut',
    baseUrl: "URL de base de l'API à sonder (bac à sable)",
    tokenEnv: 'variable d’environnement qui contient le jeton (jamais en ligne de commande)',
    cases: 'dossier de cas de test au format du bac à sable des bouquets',
    concurrency: 'appels simultanés au plus',
    rate: 'appels par seconde au plus',
    timeout: 'délai maximal par appel, en millisecondes',
    maxRequests: "nombre maximal d'appels",
    checkMethods: 'envoie aussi une méthode non GET aux chemins GET (LIVE-03)',
    html: "fichier HTML du rapport d'audit",
    demoHtml: 'fichier HTML du rapport (par défaut : un nouveau dossier temporaire)',
    fault: "casse une convention du serveur exemple (répétable), pour voir ce que la sonde signale",
  },
  en: {
    program: 'Checks whether a producer API is ready to join the API Entreprise / API Particulier bouquets.',
    lint: 'checks one or more OpenAPI files (YAML or JSON) against the conventions',
    probe: 'checks the running API described by the spec',
    audit: 'checks the spec (and the live API with --base-url) and writes the technical audit report',
    rules: 'lists the rules, or explains one convention or rule',
    demo: 'audits the bundled example producer and writes an HTML report',
    diff: 'compares two versions of a spec (files or git:<ref>:<path>): a breaking change without a new major version is an SRV-03 error',
    previous: 'previous version of the spec (file or git:<ref>:<path>): adds the comparison to the report',
    format: `output format, repeatable (${FORMATS.join(', ')})`,
    output: 'file to write the preceding --format to',
    failOn: 'severity from which the exit code is 1',
    lang: 'language of the messages',
    bouquet: 'target bouquet (auto: detected)',
    profile: 'profile: standard, or strict (identical to the bouquet façade)',
    config: 'configuration file (default .bouquet-lint.json)',
    baseline: 'baseline: only findings absent from this file fail',
    baselineWrite: "records this run's findings in this baseline file",
    ruleset: "the team's own Spectral ruleset, added to the run",
    quiet: 'only show errors',
    debug: 'print the stack on internal errors',
    remote: 'allow loading remote $refs (http, https)',
    outside: "allow $refs to files outside the spec's folder",
    private: 'allow remote $refs to private, loopback and link-local addresses',
    maxFileSize: 'largest file read (spec, config, $ref), default 50MB',
    baseUrl: 'base URL of the API to probe (sandbox)',
    tokenEnv: 'environment variable holding the credential (never on the command line)',
    cases: "folder of test cases in the bouquets' sandbox format",
    concurrency: 'maximum concurrent calls',
    rate: 'maximum calls per second',
    timeout: 'maximum time per call, in milliseconds',
    maxRequests: 'maximum number of calls',
    checkMethods: 'also send a non-GET method to GET-only paths (LIVE-03)',
    html: 'HTML file of the audit report',
    demoHtml: 'HTML report file (default: a new temporary folder)',
    fault: 'break one convention of the example server (repeatable), to see what the probe reports',
  },
};

const COMMANDER_MESSAGES: Record<Lang, Record<string, string>> = {
  fr: {
    'commander.unknownOption': 'Option inconnue : {detail}',
    'commander.unknownCommand': 'Commande inconnue : {detail}. Les commandes : lint, probe, audit, rules, demo, diff.',
    'commander.missingArgument': 'Argument manquant : {detail}',
    'commander.optionMissingArgument': 'Valeur manquante pour l’option {detail}',
    'commander.missingMandatoryOptionValue': 'Option obligatoire manquante : {detail}',
    'commander.excessArguments': 'Trop d’arguments : {detail}',
  },
  en: {
    'commander.unknownOption': 'Unknown option: {detail}',
    'commander.unknownCommand': 'Unknown command: {detail}. The commands: lint, probe, audit, rules, demo, diff.',
    'commander.missingArgument': 'Missing argument: {detail}',
    'commander.optionMissingArgument': 'Missing value for option {detail}',
    'commander.missingMandatoryOptionValue': 'Missing required option: {detail}',
    'commander.excessArguments': 'Too many arguments: {detail}',
  },
};

function commonOptions(cmd: Command, h: Record<string, string>, withOutput = true): Command {
  if (withOutput) {
    cmd.addOption(new Option('-f, --format <name>', h.format).argParser((v, prev: string[] = []) => [...prev, v]));
    cmd.addOption(new Option('-o, --output <file>', h.output).argParser((v, prev: string[] = []) => [...prev, v]));
    cmd.option('--fail-on <severity>', h.failOn + ' (error, warn, info, never)');
    cmd.option('--quiet', h.quiet);
    cmd.option('--baseline <file>', h.baseline);
    cmd.option('--baseline-write <file>', h.baselineWrite);
    cmd.option('--ruleset <file>', h.ruleset);
  }
  return cmd
    .option('--lang <lang>', h.lang + ' (fr, en)')
    .option('--bouquet <bouquet>', h.bouquet + ' (entreprise, particulier, auto)')
    .option('--profile <profile>', h.profile)
    .option('--config <file>', h.config)
    .option('--allow-remote-refs', h.remote)
    .option('--allow-outside-refs', h.outside)
    .option('--allow-private-refs', h.private)
    .option('--max-file-size <size>', h.maxFileSize)
    .option('--debug', h.debug);
}

function probeOptions(cmd: Command, h: Record<string, string>): Command {
  return cmd
    .option('--token-env <var>', h.tokenEnv, 'BOUQUET_TOKEN')
    .option('--cases <dir>', h.cases)
    .option('--concurrency <n>', h.concurrency, '4')
    .option('--rate <n>', h.rate, '10')
    .option('--timeout <ms>', h.timeout, '10000')
    .option('--max-requests <n>', h.maxRequests, '500')
    .option('--check-methods', h.checkMethods);
}

/**
 * For a process that runs one command and exits: the heap grows by half between full collections
 * instead of V8's default of up to four times, which pays off only in long-lived processes (on the
 * 4 MB Stripe specification, about 40 MB less at the peak for the same time); and the young
 * generation grows to its full size at its first growth instead of doubling step by step, so that
 * fewer of the short-lived objects of a large parse are promoted (on Stripe, about 5 % less time and
 * 10 MB less at the peak; API Entreprise v3 about 3 % slower; bench/results.md). Called by the
 * executables, before any work; never by a library user.
 */
export function tuneHeapForOneRun(): void {
  setFlagsFromString('--heap-growing-percent=50');
  setFlagsFromString('--semi-space-growth-factor=16');
}

export async function main(argv: string[]): Promise<number> {
  const args = argv.slice(2);
  const lang = langFromArgv(args);
  const h = HELP[lang];
  let exitCode = 0;
  const program = new Command('bouquet-lint')
    .description(h.program!)
    .version(PACKAGE_VERSION)
    .exitOverride()
    .configureOutput({ writeErr: () => undefined })
    .showHelpAfterError(false);

  commonOptions(program.command('lint').description(h.lint!).argument('<spec...>').option('--cases <dir>', h.cases), h).action(async (specs: string[], raw: RawCommonOptions) => {
    const { lintCommand } = await import('./commands/lint.js');
    exitCode = await lintCommand(specs, await resolveCommonOptions(raw, args));
  });

  probeOptions(
    commonOptions(program.command('probe').description(h.probe!).argument('<spec>').requiredOption('--base-url <url>', h.baseUrl!), h),
    h,
  ).action(async (spec: string, raw: RawCommonOptions & Record<string, unknown>) => {
    const { probeCommand } = await import('./commands/probe.js');
    exitCode = await probeCommand(spec, await resolveCommonOptions(raw, args), raw);
  });

  probeOptions(
    commonOptions(program.command('audit').description(h.audit!).argument('<spec>').option('--base-url <url>', h.baseUrl).option('--html <file>', h.html).option('--previous <old>', h.previous), h),
    h,
  ).action(async (spec: string, raw: RawCommonOptions & Record<string, unknown>) => {
    const { auditCommand } = await import('./commands/audit.js');
    exitCode = await auditCommand(spec, await resolveCommonOptions(raw, args), raw);
  });

  commonOptions(program.command('diff').description(h.diff!).argument('<old>').argument('<new>'), h).action(async (oldSpec: string, newSpec: string, raw: RawCommonOptions) => {
    const { diffCommand } = await import('./commands/diff.js');
    exitCode = await diffCommand(oldSpec, newSpec, await resolveCommonOptions(raw, args));
  });

  program
    .command('rules')
    .description(h.rules!)
    .argument('[id]')
    .option('--lang <lang>', h.lang + ' (fr, en)')
    .option('-f, --format <name>', 'text, json')
    .action(async (id: string | undefined, raw: { lang?: string; format?: string }) => {
      const { rulesCommand } = await import('./commands/rules.js');
      exitCode = rulesCommand(id, lang, raw.format === 'json');
    });

  commonOptions(
    program
      .command('demo')
      .description(h.demo!)
      .option('--html <file>', h.demoHtml)
      .addOption(new Option('--fault <name>', h.fault).argParser((v, prev: string[] = []) => [...prev, v])),
    h,
  ).action(async (raw: RawCommonOptions & { html?: string; fault?: string[] }) => {
    const { demoCommand } = await import('./commands/demo.js');
    exitCode = await demoCommand(await resolveCommonOptions(raw, args), raw);
  });

  // A closed pipe (`| head`) or a full disk on stdout ends the run with one line, not a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    process.stderr.write(t(lang, 'cli.stdoutFailed', { detail: e.code ?? e.message }) + '\n');
    process.exit(2);
  });
  if (args.length === 0) {
    process.stderr.write(program.helpInformation());
    return 2;
  }

  const debug = args.includes('--debug');
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      const template = COMMANDER_MESSAGES[lang][e.code];
      const detail = e.message.replace(/^error: /, '');
      process.stderr.write(oneLine(template ? template.replace('{detail}', extractDetail(detail)) : detail));
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(oneLine(t(lang, e.key as never, e.args)));
      return 2;
    }
    process.stderr.write(oneLine(t(lang, 'cli.internal', { detail: e instanceof Error ? e.message : String(e) })));
    if (debug && e instanceof Error) process.stderr.write((e.stack ?? '') + '\n');
    return 2;
  }
}

/** An error message on one line: it may quote a file name or a parser's excerpt of the spec. */
function oneLine(message: string): string {
  return guardCommands(escapeControls(message)) + '\n';
}

/** The quoted part of a commander message (`unknown option '--x'` → `--x`). */
function extractDetail(message: string): string {
  const quoted = /'([^']+)'/.exec(message);
  return quoted ? quoted[1]! : message;
}
