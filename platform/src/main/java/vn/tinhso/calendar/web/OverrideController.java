package vn.tinhso.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.calendar.rules.DayOverride;
import vn.tinhso.calendar.working.OverrideAdministration;
import vn.tinhso.calendar.working.OverrideAdministration.NewOverride;

/** The government's yearly decisions, maintained by catalogue administrators (reads are public). */
@RestController
@RequestMapping("/api/v1/calendar/overrides")
@Tag(name = "Working-day calendar", description = "Lịch làm việc: ngày nghỉ lễ, âm lịch, tính ngày làm việc")
class OverrideController {

    private final OverrideAdministration administration;

    OverrideController(OverrideAdministration administration) {
        this.administration = administration;
    }

    record OverrideForm(@NotNull LocalDate date, @NotNull DayOverride.Kind kind, @NotBlank @Size(max = 200) String nameVi,
            @NotBlank @Size(max = 200) String nameEn, @NotBlank @Size(max = 1000) String reference,
            @Size(max = 1000) String note) {
    }

    @GetMapping
    @Operation(summary = "Overrides of one year, or all")
    List<DayOverride> list(@RequestParam(required = false) Integer year) {
        return administration.list(year);
    }

    @GetMapping("/{date}")
    @Operation(summary = "The override of one day")
    DayOverride one(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return administration.find(date);
    }

    @PostMapping
    @Operation(summary = "Record a day off or a working day the government announced (audited)")
    ResponseEntity<DayOverride> add(@Valid @RequestBody OverrideForm form) {
        DayOverride added = administration.add(new NewOverride(form.date(), form.kind(), form.nameVi(),
                form.nameEn(), form.reference(), form.note()));
        return ResponseEntity.created(URI.create("/api/v1/calendar/overrides/" + added.date())).body(added);
    }

    @DeleteMapping("/{date}")
    @Operation(summary = "Remove the override of one day (audited)")
    ResponseEntity<Void> remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        administration.remove(date);
        return ResponseEntity.noContent().build();
    }
}
