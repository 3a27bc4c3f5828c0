package vn.tinhso.simulators;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says where the simulators listen and how to get a token, once they are ready. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final Environment environment;
    private final SimulatorProperties properties;

    StartupBanner(Environment environment, SimulatorProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        String base = "http://localhost:" + environment.getProperty("local.server.port", "8090");
        log.info("""

                  Trình mô phỏng hệ thống quốc gia / national-system simulators are ready (seed {})
                    NGSP token:        POST {}/oauth2/token  (client tinhso-lgsp / ngsp-demo-secret)
                    Dân cư (REST):     GET  {}/population/v1/citizens/094090001234
                    Dân cư (SOAP):     {}/population/v1/soap  (WSDL: {}/population/v1/soap/population.wsdl)
                    VNPost, thanh toán: {}/vnpost/v1/shipments, {}/payment/v1/orders
                    Sự cố / faults:    PUT {}/admin/faults/population {"mode":"DOWN"}
                """, properties.seed(), base, base, base, base, base, base, base);
    }
}
