package vn.tinhso.printout.pdf;

/** A stretch of text in one style; a paragraph is a list of runs ("Mã hồ sơ: " regular, the code bold). */
record Run(String text, Style style) {
}
