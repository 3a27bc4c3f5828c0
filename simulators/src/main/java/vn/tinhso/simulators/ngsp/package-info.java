/**
 * The national data-sharing platform (NGSP/NDXP, nền tảng tích hợp, chia sẻ dữ liệu quốc gia) as the province sees
 * it: OAuth2 client-credentials tokens at {@code POST /oauth2/token} and bearer checks on
 * {@code /{serviceCode}/{version}/**}, the same contract as the provincial gateway's.
 */
package vn.tinhso.simulators.ngsp;
