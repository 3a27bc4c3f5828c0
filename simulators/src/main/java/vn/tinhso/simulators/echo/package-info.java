/** A provider that answers with what it was sent: for gateway benchmarks and pass-through tests. */
package vn.tinhso.simulators.echo;
