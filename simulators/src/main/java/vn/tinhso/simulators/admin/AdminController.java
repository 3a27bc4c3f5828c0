package vn.tinhso.simulators.admin;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.simulators.data.Citizen;
import vn.tinhso.simulators.data.Enterprise;
import vn.tinhso.simulators.data.Enterprises;
import vn.tinhso.simulators.data.Population;
import vn.tinhso.simulators.ngsp.TokenAdmin;

/**
 * The simulators' control panel for tests and demos: faults, token expiry, and sample records to try. It has no
 * authentication: the simulators are a test tool and must never face a real network.
 */
@RestController
@RequestMapping("/admin")
class AdminController {

    private final Faults faults;
    private final CallLog callLog;
    private final TokenAdmin tokens;
    private final Population population;
    private final Enterprises enterprises;

    AdminController(Faults faults, CallLog callLog, TokenAdmin tokens, Population population,
                    Enterprises enterprises) {
        this.faults = faults;
        this.callLog = callLog;
        this.tokens = tokens;
        this.population = population;
        this.enterprises = enterprises;
    }

    @GetMapping("/faults")
    Map<String, Fault> faults() {
        return faults.active();
    }

    @PutMapping("/faults/{target}")
    ResponseEntity<Fault> set(@PathVariable String target, @RequestBody Fault fault) {
        faults.set(target, fault);
        return ResponseEntity.ok(fault);
    }

    @DeleteMapping("/faults/{target}")
    ResponseEntity<Void> clear(@PathVariable String target) {
        faults.clear(target);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/faults")
    ResponseEntity<Void> clearAll() {
        faults.clearAll();
        return ResponseEntity.noContent().build();
    }

    /** The calls that reached the services, optionally of one target (service code, vnpost, payment, echo). */
    @GetMapping("/calls")
    List<CallLog.Call> calls(@RequestParam(required = false) String target) {
        return callLog.calls(target);
    }

    @DeleteMapping("/calls")
    ResponseEntity<Void> clearCalls() {
        callLog.clear();
        return ResponseEntity.noContent().build();
    }

    /** Every issued token expires now: the next call with one gets 401. */
    @PostMapping("/tokens/expire")
    ResponseEntity<Void> expireTokens() {
        tokens.expireAll();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/data/citizens")
    List<Citizen> citizens(@RequestParam(defaultValue = "20") int limit) {
        return population.sample(Math.min(limit, 500));
    }

    @GetMapping("/data/enterprises")
    List<Enterprise> enterprises(@RequestParam(defaultValue = "20") int limit) {
        return enterprises.sample(Math.min(limit, 500));
    }
}
