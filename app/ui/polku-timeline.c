/* polku-timeline.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "polku-timeline.h"

#define ROW_HEIGHT  24
#define AXIS_HEIGHT 22
#define MARGIN      8

struct _PolkuTimeline
{
  GtkWidget   parent_instance;

  PolkuStore *store;
  gint64      learner_id;
  GPtrArray  *records;        /* PolkuTimelineRecord */
  char       *description;
  guint       n_rows;         /* span rows below the events row */
  gboolean    swedish;        /* catalogue texts in Swedish where there are some */
};

G_DEFINE_FINAL_TYPE (PolkuTimeline, polku_timeline, GTK_TYPE_WIDGET)

/* Days since 1.1.1 of an ISO date, or -1. */
static int
day_of (const char *iso_date)
{
  int y, m, d;

  if (iso_date == NULL || sscanf (iso_date, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return -1;
  {
    g_autoptr(GDate) date = g_date_new_dmy (d, m, y);

    return (int) g_date_get_julian (date);
  }
}

static char *
format_date (const char *iso_date)
{
  int y, m, d;

  if (iso_date == NULL || sscanf (iso_date, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup ("");
  return g_strdup_printf ("%d.%d.%d", d, m, y);
}

static const char *
kind_name (PolkuTimelineKind kind)
{
  switch (kind)
    {
    case POLKU_TIMELINE_PERIOD:
      return _("Period");
    case POLKU_TIMELINE_UNIT:
      return _("Unit");
    case POLKU_TIMELINE_CHECKIN:
      return _("Check-in");
    case POLKU_TIMELINE_DEMONSTRATION:
      return _("Skills demonstration");
    default:
      return "";
    }
}

static const char *
record_title (PolkuTimeline             *self,
              const PolkuTimelineRecord *record)
{
  if (record->kind == POLKU_TIMELINE_PERIOD)
    return polku_period_kind_get_label (record->state);
  if (self->swedish && record->kind == POLKU_TIMELINE_UNIT && record->title_sv != NULL && *record->title_sv != '\0')
    return record->title_sv;
  return record->title_fi != NULL ? record->title_fi : "";
}

static gboolean
is_span (const PolkuTimelineRecord *record)
{
  return record->kind == POLKU_TIMELINE_PERIOD || record->kind == POLKU_TIMELINE_UNIT ||
         (record->kind == POLKU_TIMELINE_DEMONSTRATION && record->ends_on != NULL &&
          g_strcmp0 (record->ends_on, record->starts_on) != 0);
}

static void
update_description (PolkuTimeline *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; self->records != NULL && i < self->records->len; i++)
    {
      const PolkuTimelineRecord *record = g_ptr_array_index (self->records, i);
      g_autofree char *starts = format_date (record->starts_on);
      g_autofree char *ends = format_date (record->ends_on);

      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append_printf (text, "%s: %s", kind_name (record->kind), record_title (self, record));
      if (record->starts_on == NULL)
        g_string_append_printf (text, " (%s)", _("not scheduled"));
      else if (record->ends_on != NULL && g_strcmp0 (record->ends_on, record->starts_on) != 0)
        g_string_append_printf (text, " %s–%s", starts, ends);
      else
        g_string_append_printf (text, " %s", starts);
      if (record->kind == POLKU_TIMELINE_UNIT)
        /* Translators: how much of a unit's competence is identified */
        g_string_append_printf (text, _(", %d %% identified"), record->state);
    }
  if (text->len == 0)
    g_string_append (text, _("Nothing scheduled yet"));

  g_free (self->description);
  self->description = g_string_free (g_steal_pointer (&text), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->description, -1);
}

static void
polku_timeline_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  PolkuTimeline *self = POLKU_TIMELINE (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 600;
    }
  else
    *minimum = *natural = AXIS_HEIGHT + ROW_HEIGHT * (int) (self->n_rows + 1) + 2 * MARGIN;
}

static void
set_rgb (cairo_t    *cr,
         const char *spec,
         double      alpha)
{
  GdkRGBA rgba;

  gdk_rgba_parse (&rgba, spec);
  cairo_set_source_rgba (cr, rgba.red, rgba.green, rgba.blue, alpha);
}

static void
polku_timeline_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PolkuTimeline *self = POLKU_TIMELINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int first = G_MAXINT, last = G_MININT, today;
  double scale, x0 = MARGIN;
  guint row = 0;
  GdkRGBA fg;
  cairo_t *cr;
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today_iso = g_date_time_format (now, "%Y-%m-%d");

  if (self->records == NULL || self->records->len == 0 || width <= 2 * MARGIN)
    return;

  today = day_of (today_iso);
  for (guint i = 0; i < self->records->len; i++)
    {
      const PolkuTimelineRecord *record = g_ptr_array_index (self->records, i);
      int starts = day_of (record->starts_on), ends = day_of (record->ends_on);

      if (starts < 0)
        continue;
      first = MIN (first, starts);
      last = MAX (last, MAX (starts, ends));
    }
  if (first == G_MAXINT)
    return;
  first = MIN (first, today);
  last = MAX (last, today);
  first -= 7;
  last += 7;
  scale = (double) (width - 2 * MARGIN) / (double) (last - first);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  layout = gtk_widget_create_pango_layout (widget, NULL);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  /* Month ticks on the axis */
  {
    GDate date;

    g_date_set_julian (&date, (guint32) first);
    g_date_set_day (&date, 1);
    g_date_add_months (&date, 1);
    while ((int) g_date_get_julian (&date) < last)
      {
        double x = x0 + ((int) g_date_get_julian (&date) - first) * scale;
        g_autofree char *label = g_strdup_printf ("%d/%d", g_date_get_month (&date), g_date_get_year (&date));

        cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.15);
        cairo_rectangle (cr, floor (x), MARGIN, 1, height - 2 * MARGIN);
        cairo_fill (cr);
        if (scale * 30 > 44)
          {
            cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.6);
            pango_layout_set_width (layout, -1);
            pango_layout_set_text (layout, label, -1);
            cairo_move_to (cr, x + 3, MARGIN);
            pango_cairo_show_layout (cr, layout);
          }
        g_date_add_months (&date, 1);
      }
  }

  /* Spans, one per row; check-ins and one-day demonstrations on the events row */
  for (guint i = 0; i < self->records->len; i++)
    {
      const PolkuTimelineRecord *record = g_ptr_array_index (self->records, i);
      int starts = day_of (record->starts_on), ends = day_of (record->ends_on);
      const char *color = record->kind == POLKU_TIMELINE_PERIOD ? "#3584e4"
                          : record->kind == POLKU_TIMELINE_UNIT ? "#2ec27e"
                          : record->kind == POLKU_TIMELINE_CHECKIN ? "#9141ac" : "#e66100";
      double x, w, y;

      if (starts < 0)
        continue;
      x = x0 + (starts - first) * scale;
      if (!is_span (record))
        {
          y = MARGIN + AXIS_HEIGHT + ROW_HEIGHT / 2.0;
          set_rgb (cr, color, 1.0);
          cairo_move_to (cr, x, y - 7);
          cairo_line_to (cr, x + 7, y);
          cairo_line_to (cr, x, y + 7);
          cairo_line_to (cr, x - 7, y);
          cairo_close_path (cr);
          cairo_fill (cr);
          continue;
        }

      row++;
      if (ends < starts)
        ends = MAX (today, starts + 1);
      w = MAX ((ends - starts) * scale, 4);
      y = MARGIN + AXIS_HEIGHT + ROW_HEIGHT * row + 3;
      set_rgb (cr, color, record->kind == POLKU_TIMELINE_UNIT ? 0.35 : 0.85);
      cairo_rectangle (cr, x, y, w, ROW_HEIGHT - 6);
      cairo_fill (cr);
      if (record->kind == POLKU_TIMELINE_UNIT && record->state > 0)
        {
          set_rgb (cr, color, 0.9);
          cairo_rectangle (cr, x, y, w * MIN (record->state, 100) / 100.0, ROW_HEIGHT - 6);
          cairo_fill (cr);
        }
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 1.0);
      pango_layout_set_text (layout, record_title (self, record), -1);
      pango_layout_set_width (layout, (int) MAX (width - x - 8, 20) * PANGO_SCALE);
      cairo_move_to (cr, x + 4, y + 1);
      pango_cairo_show_layout (cr, layout);
    }

  /* Today */
  set_rgb (cr, "#e01b24", 0.9);
  cairo_rectangle (cr, floor (x0 + (today - first) * scale), MARGIN + AXIS_HEIGHT - 4, 2,
                   height - AXIS_HEIGHT - 2 * MARGIN + 4);
  cairo_fill (cr);

  cairo_destroy (cr);
}

static void
polku_timeline_dispose (GObject *object)
{
  PolkuTimeline *self = POLKU_TIMELINE (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (polku_timeline_parent_class)->dispose (object);
}

static void
polku_timeline_class_init (PolkuTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_timeline_dispose;
  widget_class->measure = polku_timeline_measure;
  widget_class->snapshot = polku_timeline_snapshot;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "timeline");
}

static void
polku_timeline_init (PolkuTimeline *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline"), -1);
  update_description (self);
}

/**
 * polku_timeline_new:
 *
 * Returns: (transfer floating): a new timeline
 */
GtkWidget *
polku_timeline_new (void)
{
  return g_object_new (POLKU_TYPE_TIMELINE, NULL);
}

/**
 * polku_timeline_set_learner:
 * @store: (nullable): the store
 *
 * Shows @learner_id's timeline; call polku_timeline_reload() after changes.
 */
void
polku_timeline_set_learner (PolkuTimeline *self,
                            PolkuStore    *store,
                            gint64         learner_id)
{
  g_return_if_fail (POLKU_IS_TIMELINE (self));

  g_set_object (&self->store, store);
  self->learner_id = learner_id;
  polku_timeline_reload (self);
}

void
polku_timeline_reload (PolkuTimeline *self)
{
  g_return_if_fail (POLKU_IS_TIMELINE (self));

  g_clear_pointer (&self->records, g_ptr_array_unref);
  self->n_rows = 0;
  if (self->store != NULL && self->learner_id > 0)
    self->records = polku_store_list_timeline (self->store, self->learner_id, NULL);
  for (guint i = 0; self->records != NULL && i < self->records->len; i++)
    {
      const PolkuTimelineRecord *record = g_ptr_array_index (self->records, i);

      if (record->starts_on != NULL && is_span (record))
        self->n_rows++;
    }
  update_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
polku_timeline_get_n_records (PolkuTimeline *self)
{
  g_return_val_if_fail (POLKU_IS_TIMELINE (self), 0);

  return self->records != NULL ? self->records->len : 0;
}

/**
 * polku_timeline_get_description:
 *
 * Returns: what the timeline shows, in words (its accessible description)
 */
const char *
polku_timeline_get_description (PolkuTimeline *self)
{
  g_return_val_if_fail (POLKU_IS_TIMELINE (self), NULL);

  return self->description;
}

/**
 * polku_timeline_set_swedish:
 * @swedish: whether unit names are shown in Swedish (the `show-swedish` setting)
 */
void
polku_timeline_set_swedish (PolkuTimeline *self,
                            gboolean       swedish)
{
  g_return_if_fail (POLKU_IS_TIMELINE (self));

  if (self->swedish == !!swedish)
    return;
  self->swedish = !!swedish;
  polku_timeline_reload (self);
}
