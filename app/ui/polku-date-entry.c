/* polku-date-entry.c: a date field. Typing "1.3.2025", "01.03.2025",
 * "1.3.25" or "2025-03-01" works; Enter or leaving the field commits it, and
 * so does closing the calendar popover after picking a day. An unreadable
 * date is marked and never committed; an empty field commits "no date".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-date-entry"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "polku-catalogue-format.h"
#include "polku-date-entry.h"
#include "polku-store-workshop.h"

struct _PolkuDateEntry
{
  GtkWidget      parent_instance;

  /* Template widgets */
  GtkWidget     *box;
  GtkEntry      *entry;
  GtkMenuButton *calendar_button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;

  /* Owned */
  char          *date;       /* ISO, or NULL */
  char          *label;
  gboolean       valid;
  gboolean       edited;     /* typed or picked since the last commit */
  gboolean       quiet;      /* the program is setting the text */
};

G_DEFINE_FINAL_TYPE (PolkuDateEntry, polku_date_entry, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  PROP_VALID,
  PROP_LABEL,
  N_PROPS
};

enum {
  DATE_COMMITTED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* Auxiliary methods */

static void
show_text (PolkuDateEntry *self,
           const char     *text)
{
  self->quiet = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
  self->quiet = FALSE;
}

static void
set_valid (PolkuDateEntry *self,
           gboolean        valid)
{
  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry), NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_STATE_INVALID);
    }
  else
    {
      const char *hint = _("Write the date as day.month.year, e.g. 31.12.2025");

      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->entry), hint);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, hint, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }

  if (self->valid != valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALID]);
    }
}

static void
set_date_internal (PolkuDateEntry *self,
                   const char     *iso_date)
{
  if (g_strcmp0 (self->date, iso_date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (iso_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATE]);
}

static int
year_of (int year)
{
  /* "1.3.25" is 2025: agreements and recognitions are of this century. */
  return year < 100 ? 2000 + year : year;
}

/* Callbacks */

static void
entry_activate_cb (PolkuDateEntry *self)
{
  polku_date_entry_commit (self);
}

static void
entry_changed_cb (PolkuDateEntry *self)
{
  if (self->quiet)
    return;

  self->edited = TRUE;
  /* Typing again clears the mark; the next commit judges anew. */
  set_valid (self, TRUE);
}

static void
focus_leave_cb (PolkuDateEntry *self)
{
  /* The calendar popover takes focus without the user leaving the field. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    return;

  polku_date_entry_commit (self);
}

static void
popover_show_cb (PolkuDateEntry *self)
{
  g_autoptr(GDateTime) date_time = NULL;
  g_autofree char *iso = NULL;
  GDate date;

  if (polku_date_entry_parse (gtk_editable_get_text (GTK_EDITABLE (self->entry)), &iso) &&
      iso != NULL && polku_date_parse_iso (iso, &date))
    date_time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                       g_date_get_day (&date), 12, 0, 0);
  else
    date_time = g_date_time_new_now_local ();

  self->quiet = TRUE;
  gtk_calendar_select_day (self->calendar, date_time);
  self->quiet = FALSE;
}

static void
day_selected_cb (PolkuDateEntry *self)
{
  g_autoptr(GDateTime) date_time = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *text = NULL;

  if (self->quiet)
    return;

  /* Browsing months selects days too: the choice counts when the popover closes. */
  date_time = gtk_calendar_get_date (self->calendar);
  iso = g_date_time_format (date_time, "%Y-%m-%d");
  text = polku_catalogue_format_date (iso);
  show_text (self, text);
  self->edited = TRUE;
  set_valid (self, TRUE);
}

static void
popover_closed_cb (PolkuDateEntry *self)
{
  polku_date_entry_commit (self);
}

static void
calendar_activate_cb (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      PolkuDateEntry  *self)
{
  /* A double click on a day picks it and closes. */
  if (n_press == 2)
    gtk_popover_popdown (self->popover);
}

/* GObject overrides */

static void
polku_date_entry_dispose (GObject *object)
{
  PolkuDateEntry *self = (PolkuDateEntry *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_DATE_ENTRY);

  G_OBJECT_CLASS (polku_date_entry_parent_class)->dispose (object);
}

static void
polku_date_entry_finalize (GObject *object)
{
  PolkuDateEntry *self = (PolkuDateEntry *)object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (polku_date_entry_parent_class)->finalize (object);
}

static void
polku_date_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PolkuDateEntry *self = POLKU_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_date_entry_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PolkuDateEntry *self = POLKU_DATE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DATE:
      polku_date_entry_set_date (self, g_value_get_string (value));
      break;

    case PROP_LABEL:
      polku_date_entry_set_label (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_date_entry_class_init (PolkuDateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_date_entry_dispose;
  object_class->finalize = polku_date_entry_finalize;
  object_class->get_property = polku_date_entry_get_property;
  object_class->set_property = polku_date_entry_set_property;

  /* The date shown, ISO "YYYY-MM-DD", or NULL */
  properties [PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* FALSE after a commit of text that is no date */
  properties [PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, TRUE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* What the date is (e.g. "Valid to"): the field's accessible name */
  properties [PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PolkuDateEntry::date-committed:
   *
   * The user entered a date (or cleared it): save #PolkuDateEntry:date.
   * Not emitted for dates set by the program.
   */
  signals [DATE_COMMITTED] =
    g_signal_new ("date-committed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-date-entry.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuDateEntry, box);
  gtk_widget_class_bind_template_child (widget_class, PolkuDateEntry, calendar);
  gtk_widget_class_bind_template_child (widget_class, PolkuDateEntry, calendar_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuDateEntry, entry);
  gtk_widget_class_bind_template_child (widget_class, PolkuDateEntry, popover);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, popover_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
}

static void
polku_date_entry_init (PolkuDateEntry *self)
{
  GtkEventController *focus;
  GtkGesture *click;

  self->valid = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->entry), focus);

  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "pressed", G_CALLBACK (calendar_activate_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), GTK_EVENT_CONTROLLER (click));
}

/* Public API */

GtkWidget *
polku_date_entry_new (void)
{
  return g_object_new (POLKU_TYPE_DATE_ENTRY, NULL);
}

/**
 * polku_date_entry_get_date:
 *
 * Returns: (nullable): the last date committed or set, ISO "YYYY-MM-DD"
 */
const char *
polku_date_entry_get_date (PolkuDateEntry *self)
{
  g_return_val_if_fail (POLKU_IS_DATE_ENTRY (self), NULL);

  return self->date;
}

/**
 * polku_date_entry_set_date:
 * @iso_date: (nullable): the saved date
 *
 * Shows @iso_date. Does not emit #PolkuDateEntry::date-committed, and leaves
 * text being typed alone.
 */
void
polku_date_entry_set_date (PolkuDateEntry *self,
                           const char     *iso_date)
{
  g_autofree char *text = NULL;
  GtkRoot *root;
  GtkWidget *focus;

  g_return_if_fail (POLKU_IS_DATE_ENTRY (self));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (self->edited && focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    return;

  set_date_internal (self, iso_date);
  text = polku_catalogue_format_date (iso_date);
  show_text (self, text);
  self->edited = FALSE;
  set_valid (self, TRUE);
}

gboolean
polku_date_entry_get_valid (PolkuDateEntry *self)
{
  g_return_val_if_fail (POLKU_IS_DATE_ENTRY (self), FALSE);

  return self->valid;
}

const char *
polku_date_entry_get_label (PolkuDateEntry *self)
{
  g_return_val_if_fail (POLKU_IS_DATE_ENTRY (self), NULL);

  return self->label;
}

/**
 * polku_date_entry_set_label:
 * @label: (nullable): what the date is, e.g. "Valid to"
 *
 * Names the text field and the calendar button for screen readers.
 */
void
polku_date_entry_set_label (PolkuDateEntry *self,
                            const char     *label)
{
  g_autofree char *button = NULL;

  g_return_if_fail (POLKU_IS_DATE_ENTRY (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);

  if (label != NULL)
    {
      /* Translators: the calendar button beside a date field; %s names the date, e.g. "Valid to". */
      button = g_strdup_printf (_("Choose “%s” from a Calendar"), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      button, -1);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LABEL]);
}

/**
 * polku_date_entry_commit:
 *
 * Takes what was typed or picked: emits #PolkuDateEntry::date-committed when
 * it is a date (or nothing), else marks the field.
 */
void
polku_date_entry_commit (PolkuDateEntry *self)
{
  g_autofree char *iso = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (POLKU_IS_DATE_ENTRY (self));

  if (!self->edited)
    return;

  if (!polku_date_entry_parse (gtk_editable_get_text (GTK_EDITABLE (self->entry)), &iso))
    {
      set_valid (self, FALSE);
      return;
    }

  self->edited = FALSE;
  set_valid (self, TRUE);
  text = polku_catalogue_format_date (iso);
  show_text (self, text);
  set_date_internal (self, iso);
  g_signal_emit (self, signals [DATE_COMMITTED], 0);
}

/**
 * polku_date_entry_parse:
 * @text: what was typed
 * @out_iso_date: (out) (optional) (nullable): the date, ISO, or %NULL for no date
 *
 * Reads "31.12.2025", "31.12.25", "31.12.2025." and "2025-12-31"; blank text
 * is no date.
 *
 * Returns: %FALSE when @text is no date
 */
gboolean
polku_date_entry_parse (const char  *text,
                        char       **out_iso_date)
{
  g_autofree char *clean = g_strstrip (g_strdup (text != NULL ? text : ""));
  int day, month, year;
  char tail = '\0';
  GDate date;

  if (out_iso_date != NULL)
    *out_iso_date = NULL;

  if (*clean == '\0')
    return TRUE;

  if (sscanf (clean, "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3)
    {
      tail = '\0';
      if (sscanf (clean, "%2d.%2d.%4d%c", &day, &month, &year, &tail) < 3 || (tail != '\0' && tail != '.'))
        return FALSE;
      year = year_of (year);
    }

  if (year < 1900 || year > 2999 || day < 1 || day > 31 || month < 1 || month > 12 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  /* Nothing may follow: "1.2.2025x" is a typo, not a date. */
  if (tail == '.' && !g_str_has_suffix (clean, "."))
    return FALSE;
  if (tail == '.' && clean[strlen (clean) - 2] == '.')
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  if (out_iso_date != NULL)
    *out_iso_date = polku_date_to_iso (&date);
  return TRUE;
}
