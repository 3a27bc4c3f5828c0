/**
 * The national document axis (trục liên thông văn bản quốc gia): accepts QCVN 102 edXML packets, validates them with
 * the edXML codec while streaming their attachments, and answers with status packets.
 */
package vn.tinhso.simulators.documentaxis;
