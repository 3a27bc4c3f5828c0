package vn.tinhso.catalog.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.tinhso.catalog.AdministrativeLevel;
import vn.tinhso.catalog.Channel;
import vn.tinhso.catalog.FeeRule;
import vn.tinhso.catalog.OnlineMode;
import vn.tinhso.catalog.ProcedureCatalog.ImportRow;
import vn.tinhso.catalog.ProcedureDefinition;
import vn.tinhso.catalog.RequiredDocument;
import vn.tinhso.catalog.TimeLimit;
import vn.tinhso.shared.VietnameseText;

/**
 * Reads procedures as published on the national public-service portal (Cổng DVC quốc gia) and captured by
 * crawlers: free text for time limits and fees per channel ("Trực tuyến: 17 Ngày làm việc; Trực tiếp: 27 Ngày làm
 * việc"), flattened document tables, missing codes. It turns what it can into structured rules and keeps the rest as
 * notes, so a province can start from the national data instead of typing it again.
 */
@Component
public class NationalPortalFormat {

    private static final Pattern CHANNEL_PREFIX =
            Pattern.compile("(Trực tuyến|Dịch vụ bưu chính|Trực tiếp)\\s*:\\s*");
    private static final Pattern DURATION = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(ngay lam viec|gio lam viec|gio|ngay)?");
    private static final Pattern MONEY = Pattern.compile(
            "(\\d{1,3}(?:[.,]\\d{3})+|\\d+)\\s*(?:VNĐ|Việt Nam Đồng|đồng|Đồng|VND)");
    private static final Pattern PER_ITEM = Pattern.compile("/\\s*(trang|bản|giao dịch|bản sao|việc|trường hợp)");
    private static final int NOTE_LIMIT = 500;

    /** Reads an array of portal records; a record without a code gets a local one ({@code LOCAL-n}). */
    public List<ImportRow> read(JsonNode records) {
        List<ImportRow> rows = new ArrayList<>();
        int index = 0;
        for (JsonNode record : records) {
            index++;
            rows.add(new ImportRow(definition(record, index), null, index));
        }
        return rows;
    }

    ProcedureDefinition definition(JsonNode r, int index) {
        String code = text(r, "code").orElse("LOCAL-" + index);
        List<Channel> channels = channels(r.path("channels"));
        return new ProcedureDefinition(code, text(r, "name").orElse(null),
                new ProcedureDefinition.Field(text(r, "field").orElse(null), text(r, "field_vi").orElse(null)),
                levels(text(r, "level").orElse("")),
                channels.contains(Channel.ONLINE) ? OnlineMode.PARTLY_ONLINE : OnlineMode.NOT_ONLINE,
                List.of(), results(r.path("result")), strings(r.path("legal_basis")),
                steps(r.path("steps")), text(r, "conditions").orElse(null),
                text(r, "subjects").map(List::of).orElse(List.of()), List.of(),
                timeLimits(text(r, "processing_time").orElse("")), documents(r.path("documents")), List.of(),
                List.of(), fees(text(r, "fees").orElse("")), List.of(), text(r, "source_url").orElse(null));
    }

    static List<AdministrativeLevel> levels(String text) {
        List<AdministrativeLevel> levels = new ArrayList<>();
        for (String word : text.split(",")) {
            String folded = VietnameseText.fold(word);
            if (folded.contains("huyen")) {
                levels.add(AdministrativeLevel.DISTRICT);
            } else {
                Vocabulary.LEVELS.parse(word).ifPresent(levels::add);
            }
        }
        return levels.stream().distinct().toList();
    }

    /** One time limit per channel named; the first wins when the portal repeats a channel. */
    static List<TimeLimit> timeLimits(String text) {
        Map<Channel, TimeLimit> byChannel = new LinkedHashMap<>();
        List<TimeLimit> unchanneled = new ArrayList<>();
        perChannel(text).forEach((channel, value) -> duration(value).ifPresent(limit -> {
            TimeLimit withChannel = new TimeLimit(limit.amount(), limit.unit(), channel, null, note(value));
            if (channel == null) {
                unchanneled.add(withChannel);
            } else {
                byChannel.putIfAbsent(channel, withChannel);
            }
        }));
        List<TimeLimit> limits = new ArrayList<>(unchanneled.stream().limit(1).toList());
        limits.addAll(byChannel.values());
        return limits;
    }

    static Optional<TimeLimit> duration(String value) {
        Matcher matcher = DURATION.matcher(VietnameseText.fold(value));
        if (!matcher.find()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(matcher.group(1).replace(',', '.'));
        String unit = matcher.group(2) == null ? "" : matcher.group(2);
        TimeLimit.Unit parsed = switch (unit) {
            case "gio lam viec", "gio" -> TimeLimit.Unit.WORKING_HOURS;
            // The portal's bare "Ngày" is calendar days in the law's wording; "Ngày làm việc" says working days.
            case "ngay" -> TimeLimit.Unit.CALENDAR_DAYS;
            default -> TimeLimit.Unit.WORKING_DAYS;
        };
        return Optional.of(new TimeLimit(amount, parsed, null, null, null));
    }

    /** A fee rule per channel with an amount; "Miễn phí" (free) gives none. */
    static List<FeeRule> fees(String text) {
        List<FeeRule> fees = new ArrayList<>();
        perChannel(text).forEach((channel, value) -> {
            Matcher money = MONEY.matcher(value);
            if (!money.find()) {
                return;
            }
            long amount = Long.parseLong(money.group(1).replace(".", "").replace(",", ""));
            boolean perItem = PER_ITEM.matcher(value).find();
            boolean isFee = VietnameseText.fold(value).startsWith("phi");
            fees.add(new FeeRule(isFee ? "Phí" : "Lệ phí", isFee ? FeeRule.Kind.FEE : FeeRule.Kind.CHARGE, amount,
                    perItem ? FeeRule.Basis.PER_ITEM : FeeRule.Basis.PER_DOSSIER, Set.of(), null, null,
                    channel == null ? Set.of() : EnumSet.of(channel), Set.of(), note(value)));
        });
        return fees;
    }

    private static Map<Channel, String> perChannel(String text) {
        Map<Channel, String> parts = new LinkedHashMap<>();
        Matcher matcher = CHANNEL_PREFIX.matcher(text);
        List<int[]> bounds = new ArrayList<>();
        List<Channel> channels = new ArrayList<>();
        while (matcher.find()) {
            bounds.add(new int[] {matcher.start(), matcher.end()});
            channels.add(Vocabulary.CHANNELS.parse(matcher.group(1)).orElseThrow());
        }
        if (bounds.isEmpty()) {
            parts.put(null, text);
            return parts;
        }
        for (int i = 0; i < bounds.size(); i++) {
            int end = i + 1 < bounds.size() ? bounds.get(i + 1)[0] : text.length();
            String value = text.substring(bounds.get(i)[1], end).replaceAll(";\\s*$", "").strip();
            parts.putIfAbsent(channels.get(i), value);
        }
        return parts;
    }

    private static List<RequiredDocument> documents(JsonNode documents) {
        List<RequiredDocument> result = new ArrayList<>();
        for (JsonNode document : iterable(documents)) {
            String name = text(document, "name").map(n -> n.replaceFirst("^[-+*•]\\s*", "").strip()).orElse("");
            if (name.isEmpty()) {
                continue;
            }
            String section = VietnameseText.fold(text(document, "section").orElse(""));
            boolean toShow = section.contains("xuat trinh");
            // "Trường hợp ...", "... trong trường hợp ...", "(nếu có)": needed only in some situations, so not
            // required of every dossier; the officer judges them at the counter.
            String folded = VietnameseText.fold(name);
            boolean conditional = folded.startsWith("truong hop") || folded.contains("trong truong hop")
                    || folded.contains("(neu co)");
            boolean mandatory = !section.contains("luu y") && !conditional;
            result.add(new RequiredDocument("TP" + (result.size() + 1), name, document.path("original").asInt(0),
                    document.path("copy").asInt(0), mandatory, toShow, text(document, "form").orElse(null),
                    List.of()));
        }
        return result;
    }

    private static List<Channel> channels(JsonNode channels) {
        return StreamSupport.stream(iterable(channels).spliterator(), false).map(JsonNode::asString)
                .map(Vocabulary.CHANNELS::parse).flatMap(Optional::stream).distinct().toList();
    }

    private static List<String> results(JsonNode results) {
        return StreamSupport.stream(iterable(results).spliterator(), false)
                .map(result -> result.isObject() ? result.path("name").asString() : result.asString())
                .filter(name -> name != null && !name.isBlank()).toList();
    }

    private static String steps(JsonNode steps) {
        List<String> lines = strings(steps);
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static List<String> strings(JsonNode node) {
        if (node.isString()) {
            return List.of(node.asString().strip().replaceAll("\\s+", " "));
        }
        // Crawled entries carry stray line breaks and tabs; an entry is one line.
        return StreamSupport.stream(iterable(node).spliterator(), false).map(JsonNode::asString)
                .filter(s -> s != null && !s.isBlank()).map(s -> s.strip().replaceAll("\\s+", " ")).toList();
    }

    private static Iterable<JsonNode> iterable(JsonNode node) {
        return node != null && node.isArray() ? node : List.of();
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? Optional.of(value.asString().strip())
                : Optional.empty();
    }

    private static String note(String value) {
        String stripped = value.strip();
        return stripped.length() <= NOTE_LIMIT ? stripped : stripped.substring(0, NOTE_LIMIT) + "…";
    }
}
