// `npm run conformance`: agreement with the API server on public test cases nobody here wrote
// (kubectl-validate's, pod-security-admission's), per source and mode, and every disagreement.
import { conformanceReport, formatReport, locateTestcases } from './report.ts';

const location = locateTestcases();
if (!location.dir) {
  console.error(`conformance: the public test cases are absent (looked in ${location.candidates.join(', ')}; set WSO2_TESTCASES to their folder)`);
  process.exit(2);
}
const report = conformanceReport(location.dir);
console.log(`test cases: ${location.dir}\n`);
console.log(formatReport(report));
process.exitCode = report.unexpected.length > 0 || report.stale.length > 0 ? 1 : 0;
