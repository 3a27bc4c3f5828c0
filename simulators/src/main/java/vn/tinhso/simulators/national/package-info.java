/**
 * National databases and services other than population, behind the national platform's tokens: enterprise
 * registration, civil status (birth registration), personal ID numbers, health-insurance cards, judicial records and
 * land tax notices. Amounts and numbers are simulated, never legal calculations.
 */
package vn.tinhso.simulators.national;
