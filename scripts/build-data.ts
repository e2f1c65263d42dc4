/**
 * Builds the dashboard's data files from the OECD EDU_ENRL_MOBILE copy and the UNESCO UIS
 * top-flow lists. Run `npm run data -- --help` for options.
 */
import { buildData } from './data/build';
import { parseCliOptions, USAGE } from './data/cli-options';
import { DataBuildError } from './data/errors';
import { buildUisData } from './data/uis/build-uis';

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env);

  if (options.help) {
    console.log(USAGE);
    return;
  }

  const { provenance, files } = await buildData(options);

  const { counts, years } = provenance;
  console.log(
    `Built dataset version ${provenance.version}: ${counts.flowRows} flow rows ` +
      `(${counts.sourceRows} from the source, ${counts.totalsMissing} missing totals added), ` +
      `${counts.countries} countries, ${counts.hosts} hosts, ${counts.origins} origins, ` +
      `${years.min}-${years.max}.`,
  );
  for (const output of provenance.outputs) {
    console.log(`  ${output.file}: ${output.rows} rows, ${output.bytes} bytes`);
  }
  console.log(`Wrote ${files.join(', ')}`);

  const uis = await buildUisData(options);
  const uisCounts = uis.provenance.counts;
  console.log(
    `Built UIS top-flow version ${uis.provenance.version}: ${uisCounts.flowRows} pairs from ` +
      `${uisCounts.sourceRows} list rows (${uisCounts.lumpedRows} "Other countries" or unknown ` +
      `rows and ${uisCounts.uncodedRows} rows without a country code left out).`,
  );
  console.log(`Wrote ${uis.files.join(', ')}`);
}

main().catch((error: unknown) => {
  if (error instanceof DataBuildError) {
    console.error(`error: ${error.message}`);
    process.exitCode = 1;
    return;
  }
  throw error;
});
