package vn.tinhso.printout.pdf;

/**
 * A table column.
 *
 * @param title    the heading
 * @param fraction its share of the text width
 * @param align    how its cells align
 */
record Column(String title, float fraction, Align align) {

    float width() {
        return Sheet.WIDTH * fraction;
    }
}
