/* polku-document-plan.c: the pathway summary (polkusuunnitelman yhteenveto).
 *
 * Reads like the plan is discussed with the young person: who, what they want
 * (the goal in their own words), the target and the chosen units against the
 * structure's rules, the pathway on a timeline, then per unit the planned
 * tasks and how far it has come, support and guidance, the check-ins, and the
 * signatures of the learner, the coach and the teacher.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-documents"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "polku-credits.h"
#include "polku-document-common.h"
#include "polku-store-catalogue-read.h"

/* The timeline on paper: one lane per period and planned unit, check-ins and
 * demonstrations on one lane each; more units than this are left to the
 * table (a drawing must fit on a page). */
#define TIMELINE_MAX_UNITS 14
#define TIMELINE_ROW       15.0
#define TIMELINE_AXIS      16.0
#define TIMELINE_LABEL     150.0

typedef struct
{
  PolkuTimelineKind  kind;
  guint32            start;   /* julian days; 0: not known */
  guint32            end;
  char              *label;
  int                state;
  guint              lane;
} TimelineItem;

typedef struct
{
  GArray  *items;             /* TimelineItem */
  GPtrArray *lane_labels;     /* char * */
  guint32  first, last;       /* julian days of the axis */
  char    *language;
  guint32  today;
} Timeline;

static void
timeline_free (gpointer data)
{
  Timeline *timeline = data;

  for (guint i = 0; i < timeline->items->len; i++)
    g_free (g_array_index (timeline->items, TimelineItem, i).label);
  g_array_unref (timeline->items);
  g_ptr_array_unref (timeline->lane_labels);
  g_free (timeline->language);
  g_free (timeline);
}

static guint32
julian (const char *iso)
{
  GDate date;

  if (iso == NULL || !polku_date_parse_iso (iso, &date))
    return 0;
  return g_date_get_julian (&date);
}

/* The period kind on paper. */
static const char *
period_kind_label (PolkuDocBuilder *b,
                   PolkuPeriodKind  kind)
{
  switch (kind)
    {
    case POLKU_PERIOD_KIND_KOULUTUSSOPIMUS:
      return DT (b, N_("Training agreement period"));
    case POLKU_PERIOD_KIND_OPPISOPIMUS:
      return DT (b, N_("Apprenticeship period"));
    case POLKU_PERIOD_KIND_TRAINEE:
    default:
      return DT (b, N_("Workshop period"));
    }
}

static void
set_font (PangoLayout *layout,
          double       size,
          gboolean     bold)
{
  PangoFontDescription *font = pango_font_description_from_string (POLKU_PRINT_FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
}

static void
show_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      width,
           double      size,
           gboolean    bold)
{
  g_autoptr(PangoLayout) layout = polku_print_create_layout (cr);
  int w, h;

  set_font (layout, size, bold);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_size (layout, &w, &h);
  cairo_move_to (cr, x, y - (double) h / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, layout);
}

/* Runs in the PDF worker too: reads only @user_data. */
static void
draw_timeline (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  user_data)
{
  Timeline *t = user_data;
  double x0 = TIMELINE_LABEL, x1 = width - 4;
  double span = MAX (1.0, (double) (t->last - t->first));
  GDate month;

#define X(day) (x0 + ((double) (day) - t->first) / span * (x1 - x0))

  /* Month ticks and labels: "1/26" style, every month or every third. */
  g_date_clear (&month, 1);
  g_date_set_julian (&month, t->first);
  g_date_set_day (&month, 1);
  {
    guint n_months = (guint) (span / 30) + 1;
    guint step = n_months > 14 ? 3 : 1;
    guint index = 0;

    cairo_set_line_width (cr, 0.4);
    while (g_date_get_julian (&month) <= t->last)
      {
        guint32 day = g_date_get_julian (&month);

        if (day >= t->first)
          {
            double x = X (day);

            cairo_set_source_rgba (cr, 0, 0, 0, 0.12);
            cairo_move_to (cr, x, TIMELINE_AXIS);
            cairo_line_to (cr, x, height);
            cairo_stroke (cr);
            if (index % step == 0 && x < x1 - 20)
              {
                g_autofree char *text = g_strdup_printf ("%u/%02u", g_date_get_month (&month),
                                                         g_date_get_year (&month) % 100);

                cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
                show_text (cr, text, x + 2, TIMELINE_AXIS / 2, 40, 7, FALSE);
              }
            index++;
          }
        g_date_add_months (&month, 1);
      }
  }

  /* Lanes */
  for (guint lane = 0; lane < t->lane_labels->len; lane++)
    {
      double y = TIMELINE_AXIS + lane * TIMELINE_ROW;

      if (lane % 2 == 0)
        {
          cairo_set_source_rgba (cr, 0.09, 0.27, 0.43, 0.05);
          cairo_rectangle (cr, 0, y, width, TIMELINE_ROW);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      show_text (cr, g_ptr_array_index (t->lane_labels, lane), 2, y + TIMELINE_ROW / 2,
                 TIMELINE_LABEL - 8, 7.5, FALSE);
    }

  for (guint i = 0; i < t->items->len; i++)
    {
      const TimelineItem *item = &g_array_index (t->items, TimelineItem, i);
      double y = TIMELINE_AXIS + item->lane * TIMELINE_ROW;
      double cy = y + TIMELINE_ROW / 2;
      double xs, xe;

      if (item->start == 0)
        continue;
      xs = X (CLAMP (item->start, t->first, t->last));
      xe = X (CLAMP (item->end != 0 ? item->end : t->last, t->first, t->last));

      switch (item->kind)
        {
        case POLKU_TIMELINE_PERIOD:
          cairo_set_source_rgb (cr, 0.09, 0.27, 0.43);
          cairo_rectangle (cr, xs, y + 3, MAX (xe - xs, 1.5), TIMELINE_ROW - 6);
          cairo_fill (cr);
          break;

        case POLKU_TIMELINE_UNIT:
          /* The bar, filled as far as the unit has come. */
          cairo_set_source_rgb (cr, 0.09, 0.27, 0.43);
          cairo_set_line_width (cr, 0.8);
          cairo_rectangle (cr, xs, y + 4, MAX (xe - xs, 1.5), TIMELINE_ROW - 8);
          cairo_stroke (cr);
          cairo_set_source_rgba (cr, 0.18, 0.55, 0.34, 0.85);
          cairo_rectangle (cr, xs, y + 4, MAX (xe - xs, 1.5) * CLAMP (item->state, 0, 100) / 100.0,
                           TIMELINE_ROW - 8);
          cairo_fill (cr);
          break;

        case POLKU_TIMELINE_CHECKIN:
          cairo_set_source_rgb (cr, 0.09, 0.27, 0.43);
          cairo_move_to (cr, xs, cy - 4);
          cairo_line_to (cr, xs + 4, cy);
          cairo_line_to (cr, xs, cy + 4);
          cairo_line_to (cr, xs - 4, cy);
          cairo_close_path (cr);
          cairo_fill (cr);
          break;

        case POLKU_TIMELINE_DEMONSTRATION:
        default:
          cairo_set_source_rgb (cr, 0.75, 0.36, 0.05);
          cairo_arc (cr, xs, cy, 4, 0, 2 * G_PI);
          if (item->state == POLKU_DEMONSTRATION_PLANNED)
            {
              cairo_set_line_width (cr, 1.2);
              cairo_stroke (cr);
            }
          else
            cairo_fill (cr);
          break;
        }
    }

  /* Today */
  if (t->today >= t->first && t->today <= t->last)
    {
      double x = X (t->today);
      const double dashes[] = { 2, 2 };

      cairo_set_source_rgb (cr, 0.75, 0.1, 0.1);
      cairo_set_line_width (cr, 0.8);
      cairo_set_dash (cr, dashes, 2, 0);
      cairo_move_to (cr, x, TIMELINE_AXIS - 2);
      cairo_line_to (cr, x, height);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  cairo_set_source_rgba (cr, 0, 0, 0, 0.35);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, x0, TIMELINE_AXIS);
  cairo_line_to (cr, x1, TIMELINE_AXIS);
  cairo_stroke (cr);
#undef X
}

static void
add_timeline (PolkuDocBuilder *b,
              GPtrArray       *records,
              GPtrArray       *units)
{
  Timeline *t;
  guint32 first = G_MAXUINT32, last = 0;
  guint n_units = 0, n_left_out = 0;
  int checkin_lane = -1, demonstration_lane = -1;
  g_autofree char *today = polku_doc_today_iso (b);

  for (guint i = 0; i < records->len; i++)
    {
      const PolkuTimelineRecord *r = g_ptr_array_index (records, i);
      guint32 s = julian (r->starts_on), e = julian (r->ends_on);

      if (s != 0)
        first = MIN (first, s), last = MAX (last, MAX (s, e));
    }
  if (last == 0)
    return;

  t = g_new0 (Timeline, 1);
  t->items = g_array_new (FALSE, TRUE, sizeof (TimelineItem));
  t->lane_labels = g_ptr_array_new_with_free_func (g_free);
  t->language = g_strdup (b->language);
  t->today = julian (today);
  /* Whole months, and a little room after the last day. */
  {
    GDate d;

    g_date_clear (&d, 1);
    g_date_set_julian (&d, first);
    g_date_set_day (&d, 1);
    t->first = g_date_get_julian (&d);
    g_date_set_julian (&d, last);
    g_date_set_day (&d, 1);
    g_date_add_months (&d, 1);
    t->last = g_date_get_julian (&d);
  }

  /* Lanes in a fixed order: periods, units, check-ins, demonstrations. */
  for (guint pass = 0; pass < 4; pass++)
    {
      for (guint i = 0; i < records->len; i++)
        {
          const PolkuTimelineRecord *r = g_ptr_array_index (records, i);
          TimelineItem item = { 0 };

          if ((guint) r->kind != pass)
            continue;
          item.kind = r->kind;
          item.start = julian (r->starts_on);
          item.end = julian (r->ends_on);
          item.state = r->state;
          if (item.start == 0)
            continue;

          switch (r->kind)
            {
            case POLKU_TIMELINE_PERIOD:
              item.lane = t->lane_labels->len;
              g_ptr_array_add (t->lane_labels, g_strdup (period_kind_label (b, r->state)));
              break;
            case POLKU_TIMELINE_UNIT:
              if (n_units >= TIMELINE_MAX_UNITS)
                {
                  n_left_out++;
                  continue;
                }
              n_units++;
              item.lane = t->lane_labels->len;
              {
                g_autofree char *name = polku_doc_pick (b, r->title_fi, r->title_sv);

                /* The unit's code in front, as in the table below. */
                for (guint j = 0; j < units->len; j++)
                  {
                    const PolkuPlanUnitRecord *unit = g_ptr_array_index (units, j);

                    if (unit->plan_unit_id == r->id && unit->koodi_arvo != NULL)
                      {
                        char *with_code = g_strdup_printf ("%s %s", unit->koodi_arvo, name != NULL ? name : "");

                        g_free (name);
                        name = with_code;
                      }
                  }
                g_ptr_array_add (t->lane_labels, g_steal_pointer (&name));
              }
              break;
            case POLKU_TIMELINE_CHECKIN:
              if (checkin_lane < 0)
                {
                  checkin_lane = t->lane_labels->len;
                  g_ptr_array_add (t->lane_labels, g_strdup (DT (b, N_("Check-ins"))));
                }
              item.lane = checkin_lane;
              item.end = 0;
              break;
            case POLKU_TIMELINE_DEMONSTRATION:
            default:
              if (demonstration_lane < 0)
                {
                  demonstration_lane = t->lane_labels->len;
                  g_ptr_array_add (t->lane_labels, g_strdup (DT (b, N_("Skills demonstrations"))));
                }
              item.lane = demonstration_lane;
              break;
            }
          g_array_append_val (t->items, item);
        }
    }

  polku_print_document_add_heading (b->doc, 2, DT (b, N_("Pathway timeline")));
  polku_print_document_add_drawing (b->doc, TIMELINE_AXIS + t->lane_labels->len * TIMELINE_ROW + 2,
                                    draw_timeline, t, timeline_free);
  polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_SMALL,
                                 DT (b, N_("Bars: periods and the planned time of each unit, green as far as its "
                                           "requirements have been identified. Diamonds: check-ins. Circles: skills "
                                           "demonstrations (open: planned). Dashed line: the date of printing.")));
  if (n_left_out > 0)
    {
      g_autofree char *text = NULL;

      /* Translators: under the timeline of a printed pathway summary; %u is a number of units. */
      text = g_strdup_printf (DT (b, N_("Units not on the timeline (see the table): %u")), n_left_out);
      polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_SMALL, text);
    }
}

/* Credits */

/* "60 osp", "10–20 osp", "1 unit", "2–3 units"; NULL when there is no rule. */
static char *
format_rule (PolkuDocBuilder       *b,
             const PolkuCreditLine *line,
             PolkuCreditUnit        unit)
{
  if (line->min >= 0 || line->max >= 0)
    {
      if (line->min >= 0 && line->max >= 0 && fabs (line->max - line->min) > 0.001)
        {
          g_autofree char *min = polku_doc_format_number (line->min);
          g_autofree char *max = polku_doc_format_number (line->max);
          gulong n = (gulong) round (line->max);

          /* The plural entries of polku-catalogue-format.c (already in the catalogue). */
          if (unit == POLKU_CREDIT_UNIT_WEEKS)
            return g_strdup_printf (polku_print_ngettext (b->language, "%s–%s week", "%s–%s weeks", n), min, max);
          return g_strdup_printf (polku_print_ngettext (b->language, "%s–%s credit", "%s–%s credits", n), min, max);
        }
      return polku_doc_format_credits (b, line->min >= 0 ? line->min : line->max, unit);
    }

  if (line->count_min >= 0 || line->count_max >= 0)
    {
      int n = line->count_min >= 0 ? line->count_min : line->count_max;

      if (line->count_min >= 0 && line->count_max >= 0 && line->count_max != line->count_min)
        return g_strdup_printf (polku_print_ngettext (b->language, "%d–%d unit", "%d–%d units", line->count_max),
                                line->count_min, line->count_max);
      return g_strdup_printf (polku_print_ngettext (b->language, "%d unit", "%d units", n), n);
    }

  return NULL;
}

static void
add_credits (PolkuDocBuilder       *b,
             const PolkuPlanRecord *plan,
             GPtrArray             *units,
             PolkuCreditUnit        unit)
{
  g_autoptr(GPtrArray) structure = NULL;
  g_autoptr(PolkuCreditSummary) summary = NULL;
  g_autofree PolkuCreditChoice *choices = NULL;
  static const double widths[] = { 0.56, 0.22, 0.22 };
  const char *header[] = { DT (b, N_("Part of the structure")), DT (b, N_("Required")), DT (b, N_("Chosen")) };
  const char *whole = b->preparatory ? DT (b, N_("The whole training")) : DT (b, N_("The whole qualification"));
  PolkuPrintTable *table = NULL;

  if (plan->peruste_id == 0 || plan->suoritustapa == NULL)
    return;
  structure = polku_store_list_structure (b->store, plan->peruste_id, plan->suoritustapa, NULL);
  if (structure == NULL || structure->len == 0)
    return;

  choices = g_new0 (PolkuCreditChoice, MAX (units->len, 1));
  for (guint i = 0; i < units->len; i++)
    {
      const PolkuPlanUnitRecord *u = g_ptr_array_index (units, i);

      choices[i].unit_id = u->unit_id;
      choices[i].credits = u->credits;
      choices[i].group_path = u->group_path;
      choices[i].default_credits = u->unit_credits;
      /* As on screen: a common unit taken in part counts its chosen osa-alueet
       * (an unreadable list keeps the whole unit's credits). */
      polku_credit_choice_set_osa_alueet (&choices[i], b->store, u->osa_alue_ids, NULL);
    }
  summary = polku_credits_compute (structure, plan->osaamisala_uri, plan->tutkintonimike_uri, choices, units->len);

  for (guint i = 0; i < summary->lines->len; i++)
    {
      const PolkuCreditLine *line = g_ptr_array_index (summary->lines, i);
      g_autofree char *rule = format_rule (b, line, unit);
      /* The root's name in ePerusteet is often a placeholder ("xx perustutkinto"). */
      g_autofree char *name = line->parent_path == NULL ? g_strdup (whole) : polku_doc_pick (b, line->name_fi, line->name_sv);
      g_autofree char *chosen = NULL;
      g_autoptr(GString) label = g_string_new (NULL);

      /* Only the levels a reader checks: the whole and the main groups. */
      if (line->depth > 2 || (rule == NULL && line->n_chosen == 0))
        continue;

      if (table == NULL)
        {
          polku_print_document_add_heading (b->doc, 3, b->preparatory ? DT (b, N_("Credits against the training's structure"))
                                                                      : DT (b, N_("Credits against the structure")));
          table = polku_print_document_add_table (b->doc, 3, widths, header);
          polku_print_table_set_column_alignment (table, 1, PANGO_ALIGN_RIGHT);
          polku_print_table_set_column_alignment (table, 2, PANGO_ALIGN_RIGHT);
        }

      for (guint d = 1; d < line->depth; d++)
        g_string_append (label, "\u2003");
      if (name == NULL)
        name = g_strdup (line->parent_path == NULL ? whole : DT (b, N_("Group")));
      g_string_append (label, name);

      if (line->min < 0 && line->max < 0 && (line->count_min >= 0 || line->count_max >= 0))
        chosen = g_strdup_printf (polku_print_ngettext (b->language, "%d unit", "%d units", line->n_chosen_direct),
                                  (int) line->n_chosen_direct);
      else
        chosen = polku_doc_format_credits (b, line->chosen, unit);
      {
        g_autofree char *markup_label = line->depth == 0 ? g_markup_printf_escaped ("<b>%s</b>", label->str)
                                                         : g_markup_escape_text (label->str, -1);
        g_autofree char *markup_rule = g_markup_escape_text (rule != NULL ? rule : "\u2013", -1);
        g_autofree char *markup_chosen = line->state == POLKU_CREDIT_STATE_UNDER || line->state == POLKU_CREDIT_STATE_OVER
                                           ? g_markup_printf_escaped ("<b>%s</b>", chosen)
                                           : g_markup_escape_text (chosen, -1);
        const char *cells[] = { markup_label, markup_rule, markup_chosen };

        polku_print_table_add_row_markup (table, cells);
      }
    }

  if (summary->n_unplaced > 0)
    {
      g_autofree char *text = NULL;

      /* Translators: under the credit table of a printed pathway summary; %u is a number of units. */
      text = g_strdup_printf (DT (b, N_("Chosen units from other qualifications, not counted in this structure: %u")),
                              summary->n_unplaced);
      polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_SMALL, text);
    }
}

/* The msgids of polku_catalogue_suoritustapa_label(), in the document's language. */
static const char *
suoritustapa_label (PolkuDocBuilder *b,
                    const char      *koodi)
{
  if (g_strcmp0 (koodi, "reformi") == 0)
    return DT (b, N_("Competence-based (since 2018)"));
  if (g_strcmp0 (koodi, "ops") == 0)
    return DT (b, N_("Curriculum-based"));
  if (g_strcmp0 (koodi, "naytto") == 0)
    return DT (b, N_("Competence-based (skills demonstrations)"));
  return koodi;
}

/* Units */

static char *
unit_title (PolkuDocBuilder           *b,
            const PolkuPlanUnitRecord *unit)
{
  g_autofree char *name = polku_doc_pick (b, unit->nimi_fi, unit->nimi_sv);

  if (name == NULL)
    return g_strdup (unit->koodi_arvo != NULL ? unit->koodi_arvo : "");
  if (polku_doc_has_text (unit->koodi_arvo))
    return g_strdup_printf ("%s %s", unit->koodi_arvo, name);
  return g_steal_pointer (&name);
}

static void
add_units_table (PolkuDocBuilder       *b,
                 const PolkuPlanRecord *plan,
                 GPtrArray             *units,
                 PolkuCreditUnit        credit_unit)
{
  static const double widths[] = { 0.12, 0.47, 0.17, 0.24 };
  const char *header[] = { DT (b, N_("Code")),
                           b->preparatory ? DT (b, N_("Training part")) : DT (b, N_("Unit")),
                           credit_unit == POLKU_CREDIT_UNIT_WEEKS ? DT (b, N_("Extent")) : DT (b, N_("Credits")),
                           DT (b, N_("Planned time")) };
  PolkuPrintTable *table;
  double total_min = 0, total_max = 0;
  gboolean any_credits = FALSE;

  polku_print_document_add_heading (b->doc, 3, b->preparatory ? DT (b, N_("Chosen training parts"))
                                                             : DT (b, N_("Chosen units")));
  if (units->len == 0)
    {
      polku_print_document_add_paragraph (b->doc, DT (b, N_("No units have been chosen yet.")));
      return;
    }

  table = polku_print_document_add_table (b->doc, 4, widths, header);
  polku_print_table_set_column_alignment (table, 2, PANGO_ALIGN_RIGHT);
  for (guint i = 0; i < units->len; i++)
    {
      const PolkuPlanUnitRecord *unit = g_ptr_array_index (units, i);
      g_autofree char *name = polku_doc_pick (b, unit->nimi_fi, unit->nimi_sv);
      double min, max;
      g_autofree char *credits = polku_doc_format_unit_credits (b, unit, credit_unit, &min, &max);
      g_autofree char *span = polku_doc_format_span (unit->starts_on, unit->ends_on);
      g_autoptr(GString) shown_name = g_string_new (NULL);
      g_autofree char *markup_name = NULL;
      g_autofree char *markup_code = g_markup_escape_text (unit->koodi_arvo != NULL ? unit->koodi_arvo : "", -1);
      g_autofree char *markup_credits = g_markup_escape_text (credits != NULL ? credits : "\u2013", -1);
      g_autofree char *markup_span = g_markup_escape_text (span != NULL ? span : "", -1);

      if (max > 0)
        {
          total_min += MAX (min, 0);
          total_max += max;
          any_credits = TRUE;
        }
      g_string_append (shown_name, name != NULL ? name : "");
      if (unit->retired)
        g_string_append_printf (shown_name, " (%s)", DT (b, N_("no longer in force")));
      markup_name = g_markup_escape_text (shown_name->str, -1);
      /* A unit of another qualification (a common unit from the 2022
       * common units, say) says where it comes from: the structure below
       * does not count it. */
      if (polku_doc_has_text (unit->diaarinumero) && polku_doc_has_text (plan->diaarinumero) &&
          g_strcmp0 (unit->diaarinumero, plan->diaarinumero) != 0)
        {
          g_autoptr(PolkuPerusteRecord) peruste = polku_store_get_peruste (b->store, unit->peruste_id, NULL);
          g_autofree char *from = peruste != NULL ? polku_doc_pick (b, peruste->nimi_fi, peruste->nimi_sv) : NULL;
          g_autofree char *small = g_markup_printf_escaped ("\n<small>%s%s%s</small>",
                                                            from != NULL ? from : "",
                                                            from != NULL ? ", " : "", unit->diaarinumero);
          char *joined = g_strconcat (markup_name, small, NULL);

          g_free (markup_name);
          markup_name = joined;
        }
      {
        const char *cells[] = { markup_code, markup_name, markup_credits, markup_span };

        polku_print_table_add_row_markup (table, cells);
      }
    }

  if (any_credits)
    {
      g_autofree char *sum = polku_doc_format_credit_range (b, total_min, total_max, credit_unit);
      g_autofree char *label = g_markup_printf_escaped ("<b>%s</b>", DT (b, N_("Total")));
      g_autofree char *value = g_markup_printf_escaped ("<b>%s</b>", sum != NULL ? sum : "");
      const char *cells[] = { "", label, value, "" };

      polku_print_table_add_row_markup (table, cells);
    }
}

/* The osa-alueet chosen of a common unit, one per line; NULL when all count. */
static char *
chosen_osa_alueet (PolkuDocBuilder           *b,
                   const PolkuPlanUnitRecord *unit)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  if (unit->osa_alue_ids == NULL || unit->osa_alue_ids->len == 0)
    return NULL;
  all = polku_store_catalogue_list_osa_alueet (b->store, unit->unit_id, NULL);
  for (guint i = 0; all != NULL && i < all->len; i++)
    {
      const PolkuOsaAlueRecord *osa_alue = g_ptr_array_index (all, i);

      for (guint j = 0; j < unit->osa_alue_ids->len; j++)
        if (g_array_index (unit->osa_alue_ids, gint64, j) == osa_alue->osa_alue_id)
          {
            g_autofree char *name = polku_doc_pick (b, osa_alue->nimi_fi, osa_alue->nimi_sv);
            gboolean mandatory = osa_alue->pakollinen_laajuus >= 0;

            g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "", name != NULL ? name : "");
            /* The 2014 units list the mandatory and the optional objectives
             * of one osa-alue as two entries of the same name. */
            if (mandatory != (osa_alue->valinnainen_laajuus >= 0))
              {
                g_autofree char *credits = polku_doc_format_credits (b, mandatory ? osa_alue->pakollinen_laajuus
                                                                                  : osa_alue->valinnainen_laajuus,
                                                                     POLKU_CREDIT_UNIT_POINTS);

                g_string_append_printf (out, " (%s, %s)", mandatory ? DT (b, N_("Mandatory")) : DT (b, N_("Optional")),
                                        credits);
              }
            break;
          }
    }
  if (out->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
add_unit_details (PolkuDocBuilder *b,
                  GPtrArray       *units,
                  GHashTable      *progress)
{
  if (b->preparatory)
    {
      polku_print_document_add_heading (b->doc, 1, DT (b, N_("Training parts: tasks and progress")));
      polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_SMALL,
                                     DT (b, N_("Each bar shows how many of the training part's objectives have been identified at the workshop.")));
    }
  else
    {
      polku_print_document_add_heading (b->doc, 1, DT (b, N_("Units: tasks and progress")));
      polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_SMALL,
                                     DT (b, N_("Each bar shows how many of the unit's requirements have been identified at the workshop.")));
    }

  for (guint i = 0; i < units->len; i++)
    {
      const PolkuPlanUnitRecord *unit = g_ptr_array_index (units, i);
      const PolkuUnitProgressRecord *p = g_hash_table_lookup (progress, &unit->unit_id);
      g_autofree char *title = unit_title (b, unit);
      g_autofree char *span = polku_doc_format_span (unit->starts_on, unit->ends_on);

      polku_print_document_add_heading (b->doc, 3, title);
      if (p != NULL && p->n_total > 0)
        {
          g_autofree char *value = NULL;

          value = g_strdup_printf ("%u / %u", p->n_identified, p->n_total);
          polku_print_document_add_progress (b->doc,
                                             b->preparatory ? DT (b, N_("Objectives identified"))
                                                            : DT (b, N_("Requirements identified")),
                                             p->n_identified, p->n_total, value);
        }
      {
        g_autofree char *osa_alueet = chosen_osa_alueet (b, unit);

        /* Translators: on a printed pathway summary, the osa-alueet (subject areas) chosen of a common unit. */
        polku_doc_add_key_value (b, DT (b, N_("Chosen osa-alueet")), osa_alueet);
      }
      polku_doc_add_key_value (b, DT (b, N_("Planned time")), span);
      if (unit->tasks != NULL && unit->tasks->len > 0)
        {
          g_autoptr(GString) tasks = g_string_new (NULL);

          for (guint j = 0; j < unit->tasks->len; j++)
            {
              const PolkuPlannedTaskRecord *task = g_ptr_array_index (unit->tasks, j);

              g_string_append_printf (tasks, "%s%s", j > 0 ? "\n" : "", task->title);
            }
          polku_doc_add_key_value (b, DT (b, N_("Planned work tasks")), tasks->str);
        }
      else
        polku_doc_add_key_value (b, DT (b, N_("Planned work tasks")), DT (b, N_("Not planned yet")));
      polku_doc_add_key_value (b, DT (b, N_("Deviations from the requirements")), unit->deviations);
      polku_doc_add_key_value (b, DT (b, N_("Note")), unit->note);
    }
}

static void
add_support (PolkuDocBuilder *b,
             GPtrArray       *measures)
{
  const PolkuLearnerRecord *learner = b->learner;

  polku_print_document_add_heading (b->doc, 1, DT (b, N_("Guidance and support")));
  if (learner->special_support)
    polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_STRONG, DT (b, N_("The learner needs special support.")));
  if (polku_doc_has_text (learner->support_measures))
    polku_doc_add_key_value (b, DT (b, N_("What helps")), learner->support_measures);

  if (measures->len == 0)
    {
      if (!learner->special_support && !polku_doc_has_text (learner->support_measures))
        polku_print_document_add_paragraph (b->doc, DT (b, N_("No guidance or support measures have been recorded.")));
      return;
    }

  {
    static const double widths[] = { 0.16, 0.46, 0.20, 0.18 };
    const char *header[] = { DT (b, N_("Kind")), DT (b, N_("Measure")), DT (b, N_("Responsible")), DT (b, N_("Time")) };
    PolkuPrintTable *table = polku_print_document_add_table (b->doc, 4, widths, header);

    for (guint i = 0; i < measures->len; i++)
      {
        const PolkuSupportRecord *m = g_ptr_array_index (measures, i);
        g_autofree char *span = polku_doc_format_span (m->starts_on, m->ends_on);
        const char *cells[] = {
          m->kind == POLKU_SUPPORT_KIND_GUIDANCE ? DT (b, N_("Guidance")) : DT (b, N_("Support")),
          m->description, m->responsible, span,
        };

        polku_print_table_add_row (table, cells);
      }
  }
}

static void
add_checkins (PolkuDocBuilder *b,
              GPtrArray       *checkins)
{
  static const double widths[] = { 0.14, 0.24, 0.48, 0.14 };
  const char *header[] = { DT (b, N_("Date")), DT (b, N_("Participants")), DT (b, N_("Record")), DT (b, N_("Next meeting")) };
  PolkuPrintTable *table;

  polku_print_document_add_heading (b->doc, 1, DT (b, N_("Check-ins")));
  if (checkins->len == 0)
    {
      polku_print_document_add_paragraph (b->doc, DT (b, N_("No check-ins have been recorded yet.")));
      return;
    }

  table = polku_print_document_add_table (b->doc, 4, widths, header);
  for (guint i = 0; i < checkins->len; i++)
    {
      const PolkuCheckinRecord *c = g_ptr_array_index (checkins, i);
      g_autofree char *held = polku_doc_format_date (c->held_on);
      g_autofree char *next = polku_doc_format_date (c->next_on);
      const char *cells[] = { held, c->participants, c->record, next };

      polku_print_table_add_row (table, cells);
    }
}

static gboolean
build (PolkuDocBuilder  *b,
       GError          **error)
{
  const PolkuLearnerRecord *learner = b->learner;
  g_autoptr(PolkuPlanRecord) plan = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GPtrArray) progress = NULL;
  g_autoptr(GPtrArray) timeline = NULL;
  g_autoptr(GPtrArray) measures = NULL;
  g_autoptr(GPtrArray) checkins = NULL;
  g_autoptr(GHashTable) progress_by_unit = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *name = polku_doc_learner_name (b);
  g_autofree char *peruste = NULL;
  g_autofree char *plan_span = NULL;
  PolkuCreditUnit credit_unit;
  PolkuPrintSignature signatures[3] = { { 0 } };

  if ((plan = polku_store_get_plan (b->store, learner->learner_id, error)) == NULL ||
      (units = polku_store_list_plan_units (b->store, learner->learner_id, error)) == NULL ||
      (progress = polku_store_list_plan_progress (b->store, learner->learner_id, error)) == NULL ||
      (timeline = polku_store_list_timeline (b->store, learner->learner_id, error)) == NULL ||
      (measures = polku_store_list_support (b->store, learner->learner_id, error)) == NULL ||
      (checkins = polku_store_list_checkins (b->store, learner->learner_id, error)) == NULL)
    return FALSE;

  if (plan->plan_id == 0 && units->len == 0)
    {
      /* Translators: %s is a learner's name. */
      g_set_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED,
                   _("%s has no pathway plan yet."), name);
      return FALSE;
    }

  for (guint i = 0; i < progress->len; i++)
    {
      PolkuUnitProgressRecord *p = g_ptr_array_index (progress, i);

      g_hash_table_insert (progress_by_unit, &p->unit_id, p);
    }
  credit_unit = polku_credit_unit_from_string (plan->laajuus_yksikko);

  polku_doc_builder_start (b, DT (b, N_("Pathway summary")));
  polku_print_document_add_heading (b->doc, 0, DT (b, N_("Pathway summary")));
  polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_LEAD, name);
  polku_print_document_add_spacing (b->doc, 6);

  /* Who */
  polku_doc_add_key_value (b, DT (b, N_("Name")), name);
  if (polku_doc_has_text (learner->preferred_name))
    polku_doc_add_key_value (b, DT (b, N_("Preferred name")), learner->preferred_name);
  polku_doc_add_key_value (b, DT (b, N_("Status")),
                           learner->status == POLKU_LEARNER_STATUS_OPISKELIJA ? DT (b, N_("Student"))
                                                                              : DT (b, N_("Workshop trainee")));
  polku_doc_add_key_value (b, DT (b, N_("Workshop")), learner->workshop_name);
  polku_doc_add_key_value (b, DT (b, N_("Coach")), learner->coach);
  polku_doc_add_key_value (b, DT (b, N_("Education provider")), learner->provider_name);
  polku_doc_add_key_value (b, DT (b, N_("Student number")), learner->student_number);
  plan_span = polku_doc_format_span (plan->starts_on, plan->ends_on);
  polku_doc_add_key_value (b, DT (b, N_("Pathway")), plan_span);

  /* What they want */
  polku_print_document_add_heading (b->doc, 1, DT (b, N_("Goal")));
  if (polku_doc_has_text (plan->goal))
    polku_print_document_add_text (b->doc, POLKU_PRINT_TEXT_EMPHASIS, plan->goal);
  else
    polku_print_document_add_paragraph (b->doc, DT (b, N_("The goal has not been written down yet.")));

  /* The target */
  b->preparatory = polku_doc_is_preparatory (plan->koulutustyyppi);
  polku_print_document_add_heading (b->doc, 1, b->preparatory ? DT (b, N_("Target training"))
                                                              : DT (b, N_("Target qualification")));
  peruste = polku_doc_pick (b, plan->peruste_nimi_fi, plan->peruste_nimi_sv);
  if (plan->peruste_id == 0)
    polku_print_document_add_paragraph (b->doc, DT (b, N_("No target qualification has been chosen yet.")));
  else
    {
      polku_doc_add_key_value (b, b->preparatory ? DT (b, N_("Training")) : DT (b, N_("Qualification")), peruste);
      polku_doc_add_key_value (b, DT (b, N_("Diaarinumero")), plan->diaarinumero);
      if (plan->suoritustapa != NULL)
        polku_doc_add_key_value (b, DT (b, N_("Way of completing")), suoritustapa_label (b, plan->suoritustapa));
    }
  add_units_table (b, plan, units, credit_unit);
  add_credits (b, plan, units, credit_unit);

  add_timeline (b, timeline, units);

  if (units->len > 0)
    add_unit_details (b, units, progress_by_unit);
  add_support (b, measures);
  add_checkins (b, checkins);

  /* Signatures: the plan is agreed together. */
  polku_print_document_add_spacing (b->doc, 10);
  polku_print_document_add_paragraph (b->doc, DT (b, N_("We have gone through the plan together.")));
  signatures[0].name = name;
  signatures[0].title = DT (b, N_("Learner"));
  polku_doc_coach_signature (b, &signatures[1]);
  signatures[2].name = NULL;
  signatures[2].title = DT (b, N_("Teacher"));
  polku_print_document_add_signatures (b->doc, DT (b, N_("Place and date")), NULL, signatures, 3);
  return TRUE;
}

/**
 * polku_document_plan_new:
 *
 * The pathway summary of @learner_id, in @language.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
PolkuPrintDocument *
polku_document_plan_new (PolkuStore                 *store,
                         gint64                      learner_id,
                         const char                 *language,
                         const PolkuDocumentOptions *options,
                         GError                    **error)
{
  return polku_doc_build_for_learner (store, learner_id, language, options, build, error);
}
