// The synthetic CPR numbers live in dev/testing, where tests under src/ can reach them too.
export { passesModulus11, syntheticCpr, digitsOf } from "../../../dev/testing/synthetic-cpr";
