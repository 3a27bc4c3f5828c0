/** Generated Vietnamese reference data (dữ liệu mô phỏng): places, names, citizens and enterprises, all from one seed. */
package vn.tinhso.simulators.data;
