package vn.tinhso.integration;

/**
 * SOAP mediation through the gateway's Netty data plane: the same tests as {@link SoapMediationIntegrationTest}; the
 * data plane hands SOAP services to the blocking client on a virtual thread.
 */
class SoapMediationDataPlaneIntegrationTest extends SoapMediationIntegrationTest {

    @Override
    int gatewayPort() {
        return DATA_PLANE_PORT;
    }
}
