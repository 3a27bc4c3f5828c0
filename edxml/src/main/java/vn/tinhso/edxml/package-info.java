/**
 * edXML packets of QCVN 102:2016/BTTTT (gói tin edXML liên thông văn bản): build, parse and validate official-document
 * envelopes and status packets, streaming base64 attachments so that a large file never has to fit in memory.
 */
package vn.tinhso.edxml;
