"""Every catalogue key the code chooses by a value (a status, a unit, a column…), written out whole.

Code never assembles a key at run time (f"status.{s}"); it looks the value up in one of these tables, so a
static check (tests/components/strings/test_keys.py, tests/components/test_strings.py) sees every key the code
can name, and a value with no words is a missing entry a test reports, never a key shown on screen.
A table maps the value as the data holds it to its key in components/strings/vi.py and en.py.
"""
from __future__ import annotations

# a unit of the catalogue (etl/indicators.yaml)
UNIT = {
    '%': 'unit.%',
    'billion VND': 'unit.billion VND',
    'communes': 'unit.communes',
    'enterprises': 'unit.enterprises',
    'ha': 'unit.ha',
    'households': 'unit.households',
    'members': 'unit.members',
    'million VND': 'unit.million VND',
    'million VND/ha': 'unit.million VND/ha',
    'million VND/person': 'unit.million VND/person',
    'people': 'unit.people',
    'pp': 'unit.pp',
    'products': 'unit.products',
    'share': 'unit.share',
    'targets': 'unit.targets',
    'tonnes': 'unit.tonnes',
}

# a fact's qualifier
QUALIFIER = {
    'approx': 'qualifier.approx',
    'estimate': 'qualifier.estimate',
    'none': 'qualifier.none',
    'over': 'qualifier.over',
    'under': 'qualifier.under',
}

# a measure
MEASURE = {
    'change': 'measure.change',
    'growth_pct': 'measure.growth_pct',
    'level': 'measure.level',
    'pct_of_target': 'measure.pct_of_target',
    'target': 'measure.target',
}

# an indicator family
FAMILY = {
    'agriculture': 'family.agriculture',
    'economy': 'family.economy',
    'finance': 'family.finance',
    'industry': 'family.industry',
    'other': 'family.other',
    'party': 'family.party',
    'rural': 'family.rural',
    'social': 'family.social',
    'targets': 'family.targets',
    'trade': 'family.trade',
}

# the word a place's name starts with (its kind of unit), lower-cased: 'Huyện Giồng Trôm', 'Tỉnh Hậu Giang'
# (components.i18n.place_label: English puts the word after the proper name, 'Giồng Trôm District')
PLACE_WORD = {
    'huyện': 'place.district',
    'quận': 'place.urban_district',
    'thị xã': 'place.town',
    'thành phố': 'place.city',
    'tỉnh': 'place.province',
}

# a target status (components/status.py)
STATUS = {
    'achieved': 'status.achieved',
    'missed': 'status.missed',
    'needs_acceleration': 'status.needs_acceleration',
    'no_data': 'status.no_data',
    'off_track': 'status.off_track',
    'on_track': 'status.on_track',
}

# a target scope, as the page names it
SCOPE = {
    'annual': 'scope.annual',
    'half_year': 'scope.half_year',
    'quarter': 'scope.quarter',
    'term': 'scope.term',
}

# the body that set a target, as the page names it
BODY = {
    'party': 'body.party',
    'people_committee': 'body.people_committee',
    'people_council': 'body.people_council',
    'province': 'body.province',
}

# dcc.Dropdown's own buttons
DROPDOWN = {
    'clear_search': 'dropdown.clear_search',
    'clear_selection': 'dropdown.clear_selection',
    'deselect_all': 'dropdown.deselect_all',
    'no_options_found': 'dropdown.no_options_found',
    'search': 'dropdown.search',
    'select_all': 'dropdown.select_all',
    'selected_count': 'dropdown.selected_count',
}

# a fact's review status
REVIEW_STATUS = {
    'accepted': 'review.status.accepted',
    'corrected': 'review.status.corrected',
    'rejected': 'review.status.rejected',
    'unreviewed': 'review.status.unreviewed',
}

# a review-queue filter
REVIEW_FILTER = {
    'district': 'review.filter.district',
    'document': 'review.filter.document',
    'indicator': 'review.filter.indicator',
    'status': 'review.filter.status',
}

# a fact field a reviewer can correct
FIELD = {
    'indicator': 'field.indicator',
    'measure': 'field.measure',
    'none': 'field.none',
    'period': 'field.period',
    'place_id': 'field.place_id',
    'qualifier': 'field.qualifier',
    'target_body': 'field.target_body',
    'target_scope': 'field.target_scope',
    'unit': 'field.unit',
    'value': 'field.value',
}

# a column of the page's tables
COLUMN = {
    'body': 'col.body',
    'denominator': 'col.denominator',
    'facts': 'col.facts',
    'indicator': 'col.indicator',
    'measure': 'col.measure',
    'period': 'col.period',
    'place': 'col.place',
    'province': 'col.province',
    'published': 'col.published',
    'qualifier': 'col.qualifier',
    'quote': 'col.quote',
    'reason': 'col.reason',
    'review_status': 'review.filter.status',
    'scope': 'col.scope',
    'source': 'col.source',
    'status': 'col.status',
    'title': 'col.title',
    'unit': 'col.unit',
    'value': 'col.value',
    'warnings': 'col.warnings',
}

# a document's processing status
SOURCE_STATUS = {
    'no_facts': 'sources.status.no_facts',
    'ok': 'sources.status.ok',
    'rejected': 'sources.status.rejected',
}

# the reviewed-figures switch
REVIEW_SWITCH = {
    'all': 'review.switch.all',
    'mark': 'review.switch.mark',
    'only': 'review.switch.only',
}

# what a headline is about, per measure
SUBJECT = {
    'change': 'subject_change',
    'growth_pct': 'subject_growth_pct',
    'level': 'subject_level',
    'pct_of_target': 'subject_pct_of_target',
    'target': 'subject_target',
}

# a column of the downloads
EXPORT_COLUMN = {
    'admin_code': 'col_admin_code',
    'char_end': 'col_char_end',
    'char_start': 'col_char_start',
    'curated': 'col_curated',
    'denominator': 'col_denominator',
    'fact_id': 'col_fact_id',
    'indicator': 'col_indicator',
    'indicator_label': 'col_indicator_label',
    'measure': 'col_measure',
    'measure_label': 'col_measure_label',
    'period': 'col_period',
    'period_type': 'col_period_type',
    'place_id': 'col_place_id',
    'place_name': 'col_place_name',
    'place_name_reported': 'col_place_name_reported',
    'place_type': 'col_place_type',
    'province': 'col_province',
    'province_code': 'col_province_code',
    'province_reported': 'col_province_reported',
    'qualifier': 'col_qualifier',
    'qualifier_label': 'col_qualifier_label',
    'quote': 'col_quote',
    'review': 'col_review',
    'review_status': 'col_review_status',
    'source_file': 'col_source_file',
    'source_id': 'col_source_id',
    'source_published': 'col_source_published',
    'source_title': 'col_source_title',
    'target_body': 'col_target_body',
    'target_scope': 'col_target_scope',
    'term': 'col_term',
    'unit': 'col_unit',
    'value': 'col_value',
}

# the data dictionary's line for a download column
EXPORT_DESCRIPTION = {
    'admin_code': 'desc_admin_code',
    'char_end': 'desc_char_end',
    'char_start': 'desc_char_start',
    'curated': 'desc_curated',
    'denominator': 'desc_denominator',
    'extra': 'desc_extra',
    'fact_id': 'desc_fact_id',
    'indicator': 'desc_indicator',
    'indicator_label': 'desc_indicator_label',
    'measure': 'desc_measure',
    'measure_label': 'desc_measure_label',
    'period': 'desc_period',
    'period_type': 'desc_period_type',
    'place_id': 'desc_place_id',
    'place_name': 'desc_place_name',
    'place_name_reported': 'desc_place_name_reported',
    'place_type': 'desc_place_type',
    'province': 'desc_province',
    'province_code': 'desc_province_code',
    'province_reported': 'desc_province_reported',
    'qualifier': 'desc_qualifier',
    'qualifier_label': 'desc_qualifier_label',
    'quote': 'desc_quote',
    'review': 'desc_review',
    'review_status': 'desc_review_status',
    'source_file': 'desc_source_file',
    'source_id': 'desc_source_id',
    'source_published': 'desc_source_published',
    'source_title': 'desc_source_title',
    'target_body': 'desc_target_body',
    'target_scope': 'desc_target_scope',
    'term': 'desc_term',
    'unit': 'desc_unit',
    'value': 'desc_value',
}

# why the ETL asks a person to check a figure (etl.schema.REVIEW_CODES)
REVIEW_RISK = {
    'conflict_resolved': 'review.risk.conflict_resolved',
    'derived': 'review.risk.derived',
    'indicator_far': 'review.risk.indicator_far',
    'none': 'review.risk.none',
    'ocr': 'review.risk.ocr',
    'period_from_document': 'review.risk.period_from_document',
    'period_from_paragraph': 'review.risk.period_from_paragraph',
    'place_from_document': 'review.risk.place_from_document',
    'place_from_paragraph': 'review.risk.place_from_paragraph',
    'place_unknown': 'review.risk.place_unknown',
}

# a filter's name in an export's filter line
FILTER_NAME = {
    'body': 'filter_name.body',
    'charts': 'filter_name.charts',
    'districts': 'filter_name.districts',
    'family': 'filter_name.family',
    'indicator': 'filter_name.indicator',
    'indicators': 'filter_name.indicators',
    'lang': 'filter_name.lang',
    'measure': 'filter_name.measure',
    'measures': 'filter_name.measures',
    'period': 'filter_name.period',
    'periods': 'filter_name.periods',
    'place': 'filter_name.place',
    'places': 'filter_name.places',
    'province': 'filter_name.province',
    'provinces': 'filter_name.provinces',
    'reviewed': 'filter_name.reviewed',
    'scope': 'filter_name.scope',
    'sort': 'filter_name.sort',
    'tab': 'filter_name.tab',
    'view': 'filter_name.view',
    'year': 'filter_name.year',
    'base': 'filter_name.base',
    'nodata': 'filter_name.nodata',
    'grid': 'filter_name.grid',
}

# the reviewed-figures switch in an export's filter line
REVIEWED_FILTER = {
    'mark': 'reviewed_mark',
    'only': 'reviewed_only',
}

# what a saved review decision says
REVIEW_SAVED = {
    'accept': 'review.saved.accept',
    'correct': 'review.saved.correct',
    'reject': 'review.saved.reject',
}

# why a target has its status
TARGET_WHY = {
    'needs_acceleration': 'targets.why.needs_acceleration',
    'off_track': 'targets.why.off_track',
    'on_track': 'targets.why.on_track',
}

# a sub-year period kind on the trend chart
TREND_KIND = {
    'half_year': 'trend.kind.half_year',
    'nine_months': 'trend.kind.nine_months',
    'quarter': 'trend.kind.quarter',
}

# a URL parameter the page could not use
NOTICE = {
    'base': 'notice.base',
    'districts': 'notice.districts',
    'indicator': 'notice.indicator',
    'indicators': 'notice.indicators',
    'lang': 'notice.lang',
    'measure': 'notice.measure',
    'mode': 'notice.mode',
    'more': 'notice.more',
    'period': 'notice.period',
    'place': 'notice.place',
    'provinces': 'notice.provinces',
    'too_long': 'notice.too_long',
    'too_many.districts': 'notice.too_many.districts',
    'too_many.indicators': 'notice.too_many.indicators',
    'too_many.provinces': 'notice.too_many.provinces',
    'too_many_params': 'notice.too_many_params',
    'unknown': 'notice.unknown',
    'reviewed': 'notice.reviewed',
    'show': 'notice.show',
    'nodata': 'notice.nodata',
    'grid': 'notice.grid',
    'view': 'notice.view',
}

# a target scope in the downloads
EXPORT_SCOPE = {
    'annual': 'scope_annual',
    'half_year': 'scope_half_year',
    'quarter': 'scope_quarter',
    'term': 'scope_term',
}

# the body that set a target, in the downloads
EXPORT_BODY = {
    'party': 'body_party',
    'people_committee': 'body_people_committee',
    'people_council': 'body_people_council',
    'province': 'body_province',
}

# a sort direction of the Data grid, in an export's filter line
SORT_DIRECTION = {
    'asc': 'filter_value.asc',
    'desc': 'filter_value.desc',
}

# a filter control's label (components/registry.py CONTROLS)
CONTROL_LABEL = {
    'province': 'filter.province',
    'district': 'filter.district',
    'indicator': 'filter.indicator',
    'measure': 'filter.measure',
    'period': 'filter.period',
    'base': 'filter.base',
    'indicators': 'filter.indicators',
    'place': 'filter.place',
}

# the placeholder of a control that can be left empty
CONTROL_PLACEHOLDER = {
    'province': 'filter.province.placeholder',
    'district': 'filter.district.placeholder',
    'indicators': 'filter.indicators.placeholder',
    'place': 'filter.place.placeholder',
    'base': 'filter.base.placeholder',
}
