-- Working-day calendar (docs/calendar.md): public holidays as versioned legal rules, and the government's yearly
-- corrections (overrides). A rule applies to a year when its anchor day (the solar/lunar date, Tết, 2/9) falls within
-- [effective_from, effective_to].
create table calendar_holiday_rule (
    id                   text     primary key,
    name_vi              text     not null,
    name_en              text     not null,
    kind                 text     not null
        check (kind in ('SOLAR_DATE', 'LUNAR_DATE', 'LUNAR_NEW_YEAR', 'NATIONAL_DAY_ADJACENT')),
    month                smallint not null check (month between 1 and 12),
    day                  smallint not null check (day between 1 and 31),
    days                 smallint not null default 1 check (days between 1 and 15),
    days_before_new_year smallint not null default 0 check (days_before_new_year between 0 and 15),
    legal_basis          text     not null,
    -- The article granting a compensatory day when the holiday falls on a weekly rest day; null: none.
    compensation_basis   text,
    effective_from       date     not null,
    effective_to         date,
    note                 text,
    check (effective_to is null or effective_to >= effective_from)
);

-- What the government actually announced: one row per day, the last word over the rules.
create table calendar_override (
    day        date        primary key,
    kind       text        not null check (kind in ('DAY_OFF', 'WORKING_DAY')),
    name_vi    text        not null,
    name_en    text        not null,
    reference  text        not null,
    note       text,
    created_by text        not null,
    created_at timestamptz not null default now()
);

-- Bộ luật Lao động 2019 (Luật số 45/2019/QH14), in force from 01/01/2021.
insert into calendar_holiday_rule
    (id, name_vi, name_en, kind, month, day, days, days_before_new_year, legal_basis, compensation_basis,
     effective_from, effective_to, note)
values
    ('blld2019-tet-duong-lich', 'Tết Dương lịch', 'New Year''s Day', 'SOLAR_DATE', 1, 1, 1, 0,
     'Điều 112 khoản 1 điểm a Bộ luật Lao động 2019 (Luật số 45/2019/QH14)',
     'Điều 111 khoản 3 Bộ luật Lao động 2019 (Luật số 45/2019/QH14)', '2021-01-01', null, null),
    ('blld2019-tet-am-lich', 'Tết Âm lịch', 'Lunar New Year (Tết)', 'LUNAR_NEW_YEAR', 1, 1, 5, 1,
     'Điều 112 khoản 1 điểm b Bộ luật Lao động 2019 (Luật số 45/2019/QH14)',
     'Điều 111 khoản 3 Bộ luật Lao động 2019 (Luật số 45/2019/QH14)', '2021-01-01', null,
     'Mặc định khi chưa có quyết định: ngày cuối năm âm lịch và mùng 1–4; Thủ tướng quyết định cụ thể hằng năm (Điều 112 khoản 3)'),
    ('blld2019-gio-to', 'Giỗ Tổ Hùng Vương', 'Hung Kings'' Commemoration Day', 'LUNAR_DATE', 3, 10, 1, 0,
     'Điều 112 khoản 1 điểm e Bộ luật Lao động 2019 (Luật số 45/2019/QH14)',
     'Điều 111 khoản 3 Bộ luật Lao động 2019 (Luật số 45/2019/QH14)', '2021-01-01', null, null),
    ('blld2019-chien-thang', 'Ngày Chiến thắng', 'Reunification Day', 'SOLAR_DATE', 4, 30, 1, 0,
     'Điều 112 khoản 1 điểm c Bộ luật Lao động 2019 (Luật số 45/2019/QH14)',
     'Điều 111 khoản 3 Bộ luật Lao động 2019 (Luật số 45/2019/QH14)', '2021-01-01', null, null),
    ('blld2019-quoc-te-lao-dong', 'Ngày Quốc tế lao động', 'International Labour Day', 'SOLAR_DATE', 5, 1, 1, 0,
     'Điều 112 khoản 1 điểm d Bộ luật Lao động 2019 (Luật số 45/2019/QH14)',
     'Điều 111 khoản 3 Bộ luật Lao động 2019 (Luật số 45/2019/QH14)', '2021-01-01', null, null),
    ('blld2019-quoc-khanh', 'Quốc khánh', 'National Day', 'SOLAR_DATE', 9, 2, 1, 0,
     'Điều 112 khoản 1 điểm đ Bộ luật Lao động 2019 (Luật số 45/2019/QH14)',
     'Điều 111 khoản 3 Bộ luật Lao động 2019 (Luật số 45/2019/QH14)', '2021-01-01', null, null),
    ('blld2019-quoc-khanh-lien-ke', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)',
     'NATIONAL_DAY_ADJACENT', 9, 2, 1, 0,
     'Điều 112 khoản 1 điểm đ Bộ luật Lao động 2019 (Luật số 45/2019/QH14)',
     'Điều 111 khoản 3 Bộ luật Lao động 2019 (Luật số 45/2019/QH14)', '2021-01-01', null,
     'Mặc định: ngày liền kề nối với cuối tuần (Thứ Ba, Thứ Sáu, Thứ Bảy → ngày trước; còn lại → ngày sau); Thủ tướng quyết định cụ thể hằng năm');

-- Bộ luật Lao động 2012 (Luật số 10/2012/QH13), in force 01/05/2013–31/12/2020: Quốc khánh one day.
insert into calendar_holiday_rule
    (id, name_vi, name_en, kind, month, day, days, days_before_new_year, legal_basis, compensation_basis,
     effective_from, effective_to, note)
values
    ('blld2012-tet-duong-lich', 'Tết Dương lịch', 'New Year''s Day', 'SOLAR_DATE', 1, 1, 1, 0,
     'Điều 115 khoản 1 điểm a Bộ luật Lao động 2012 (Luật số 10/2012/QH13)',
     'Điều 115 khoản 3 Bộ luật Lao động 2012 (Luật số 10/2012/QH13)', '2013-05-01', '2020-12-31', null),
    ('blld2012-tet-am-lich', 'Tết Âm lịch', 'Lunar New Year (Tết)', 'LUNAR_NEW_YEAR', 1, 1, 5, 1,
     'Điều 115 khoản 1 điểm b Bộ luật Lao động 2012 (Luật số 10/2012/QH13)',
     'Điều 115 khoản 3 Bộ luật Lao động 2012 (Luật số 10/2012/QH13)', '2013-05-01', '2020-12-31',
     'Mặc định khi chưa nhập quyết định: ngày cuối năm âm lịch và mùng 1–4'),
    ('blld2012-gio-to', 'Giỗ Tổ Hùng Vương', 'Hung Kings'' Commemoration Day', 'LUNAR_DATE', 3, 10, 1, 0,
     'Điều 115 khoản 1 điểm e Bộ luật Lao động 2012 (Luật số 10/2012/QH13)',
     'Điều 115 khoản 3 Bộ luật Lao động 2012 (Luật số 10/2012/QH13)', '2013-05-01', '2020-12-31', null),
    ('blld2012-chien-thang', 'Ngày Chiến thắng', 'Reunification Day', 'SOLAR_DATE', 4, 30, 1, 0,
     'Điều 115 khoản 1 điểm c Bộ luật Lao động 2012 (Luật số 10/2012/QH13)',
     'Điều 115 khoản 3 Bộ luật Lao động 2012 (Luật số 10/2012/QH13)', '2013-05-01', '2020-12-31', null),
    ('blld2012-quoc-te-lao-dong', 'Ngày Quốc tế lao động', 'International Labour Day', 'SOLAR_DATE', 5, 1, 1, 0,
     'Điều 115 khoản 1 điểm d Bộ luật Lao động 2012 (Luật số 10/2012/QH13)',
     'Điều 115 khoản 3 Bộ luật Lao động 2012 (Luật số 10/2012/QH13)', '2013-05-01', '2020-12-31', null),
    ('blld2012-quoc-khanh', 'Quốc khánh', 'National Day', 'SOLAR_DATE', 9, 2, 1, 0,
     'Điều 115 khoản 1 điểm đ Bộ luật Lao động 2012 (Luật số 10/2012/QH13)',
     'Điều 115 khoản 3 Bộ luật Lao động 2012 (Luật số 10/2012/QH13)', '2013-05-01', '2020-12-31', null);

-- Bộ luật Lao động 1994, Điều 73 — BEST EFFORT, not checked against the primary text: 8 days (Tết Âm lịch 4 days:
-- the last day of the year and mùng 1–3, the usual arrangement), Giỗ Tổ Hùng Vương added by Luật số 84/2007/QH11 and
-- first observed on 26/04/2007. Nothing is seeded before 1995 (the Code's entry into force): earlier years have
-- weekends only. Saturdays were worked in the civil service until 1999; that is not modelled either.
insert into calendar_holiday_rule
    (id, name_vi, name_en, kind, month, day, days, days_before_new_year, legal_basis, compensation_basis,
     effective_from, effective_to, note)
values
    ('blld1994-tet-duong-lich', 'Tết Dương lịch', 'New Year''s Day', 'SOLAR_DATE', 1, 1, 1, 0,
     'Điều 73 Bộ luật Lao động 1994', 'Điều 73 Bộ luật Lao động 1994', '1995-01-01', '2013-04-30',
     'Chưa đối chiếu văn bản gốc (best effort)'),
    ('blld1994-tet-am-lich', 'Tết Âm lịch', 'Lunar New Year (Tết)', 'LUNAR_NEW_YEAR', 1, 1, 4, 1,
     'Điều 73 Bộ luật Lao động 1994', 'Điều 73 Bộ luật Lao động 1994', '1995-01-01', '2013-04-30',
     'Chưa đối chiếu văn bản gốc (best effort): 4 ngày, mặc định ngày cuối năm và mùng 1–3'),
    ('blld1994-gio-to', 'Giỗ Tổ Hùng Vương', 'Hung Kings'' Commemoration Day', 'LUNAR_DATE', 3, 10, 1, 0,
     'Điều 73 Bộ luật Lao động 1994, sửa đổi bởi Luật số 84/2007/QH11', 'Điều 73 Bộ luật Lao động 1994',
     '2007-01-01', '2013-04-30', 'Chưa đối chiếu văn bản gốc (best effort): nghỉ từ năm 2007'),
    ('blld1994-chien-thang', 'Ngày Chiến thắng', 'Reunification Day', 'SOLAR_DATE', 4, 30, 1, 0,
     'Điều 73 Bộ luật Lao động 1994', 'Điều 73 Bộ luật Lao động 1994', '1995-01-01', '2013-04-30',
     'Chưa đối chiếu văn bản gốc (best effort)'),
    ('blld1994-quoc-te-lao-dong', 'Ngày Quốc tế lao động', 'International Labour Day', 'SOLAR_DATE', 5, 1, 1, 0,
     'Điều 73 Bộ luật Lao động 1994', 'Điều 73 Bộ luật Lao động 1994', '1995-01-01', '2013-04-30',
     'Chưa đối chiếu văn bản gốc (best effort)'),
    ('blld1994-quoc-khanh', 'Quốc khánh', 'National Day', 'SOLAR_DATE', 9, 2, 1, 0,
     'Điều 73 Bộ luật Lao động 1994', 'Điều 73 Bộ luật Lao động 1994', '1995-01-01', '2013-04-30',
     'Chưa đối chiếu văn bản gốc (best effort)');

-- Government decisions, only where they differ from what the rules give. Checked and needing no row:
--   Tết Âm lịch 2026: Sat 14/02 – Sun 22/02/2026; the rules give Mon 16/02 (29 Chạp) – Fri 20/02 (mùng 4).
--   Quốc khánh 2025: Sat 30/08 – Tue 02/09/2025; the rules give Mon 01/09 as the adjacent day.
-- Sources: docs/calendar.md; most were read in the press only and say so in the note.
insert into calendar_override (day, kind, name_vi, name_en, reference, note, created_by)
values
    ('2025-01-27', 'DAY_OFF', 'Tết Âm lịch (28 tháng Chạp)', 'Lunar New Year (Tết)',
     'Thông báo lịch nghỉ Tết Ất Tỵ 2025 cho cán bộ, công chức, viên chức: nghỉ 25/01–02/02/2025',
     'Số hiệu văn bản chưa đối chiếu; 5 ngày Tết xếp từ 27/01 đến 31/01/2025', 'migration'),
    ('2025-02-03', 'WORKING_DAY', 'Làm việc sau Tết (mùng 6 tháng Giêng)', 'Working day after Tết',
     'Thông báo lịch nghỉ Tết Ất Tỵ 2025 cho cán bộ, công chức, viên chức: nghỉ 25/01–02/02/2025',
     'Quy tắc mặc định cho nghỉ bù vì mùng 4 (01/02) trùng thứ Bảy; theo thông báo, 5 ngày Tết là 27–31/01 nên không có nghỉ bù',
     'migration'),
    ('2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi dịp 30/4–1/5', 'Swapped day off (30 April – 1 May)',
     'Thông báo lịch nghỉ 30/4–01/5/2025: nghỉ 30/4–04/5/2025, hoán đổi ngày làm việc 02/5 sang thứ Bảy 26/4',
     'Chưa xác nhận / unconfirmed: đọc trên báo chí, chưa đối chiếu văn bản gốc', 'migration'),
    ('2025-04-26', 'WORKING_DAY', 'Làm bù cho ngày 02/5/2025', 'Make-up working Saturday for 2 May 2025',
     'Thông báo lịch nghỉ 30/4–01/5/2025: nghỉ 30/4–04/5/2025, hoán đổi ngày làm việc 02/5 sang thứ Bảy 26/4',
     'Chưa xác nhận / unconfirmed: đọc trên báo chí, chưa đối chiếu văn bản gốc', 'migration'),
    ('2026-01-02', 'DAY_OFF', 'Nghỉ Tết Dương lịch (hoán đổi)', 'New Year holiday (swapped day)',
     'Thông báo của Văn phòng Chính phủ ngày 25/12/2025 (ý kiến Phó Thủ tướng Phạm Thị Thanh Trà): nghỉ Tết Dương lịch 01/01–04/01/2026',
     'Số hiệu thông báo chưa đối chiếu', 'migration'),
    ('2026-01-10', 'WORKING_DAY', 'Làm bù cho ngày 02/01/2026', 'Make-up working Saturday for 2 January 2026',
     'Thông báo của Văn phòng Chính phủ ngày 25/12/2025 về nghỉ Tết Dương lịch 2026',
     'Chưa xác nhận / unconfirmed: ngày thứ Bảy làm bù chưa được xác minh từ văn bản', 'migration');
