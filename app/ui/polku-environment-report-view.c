/* polku-environment-report-view.c: the learning environment report
 * (oppimisympäristön tunnistaminen) of a workshop for one qualification, laid
 * out as a page: the qualification, who and where, the recognition (edited
 * here), the environment, the figures, then every unit learnable here with its
 * requirements and the tasks covering them.
 *
 * The page is rebuilt from a PolkuEnvironmentReport snapshot whenever the
 * store changes (coalesced); the recognition fields are template widgets that
 * keep what is being typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-environment-report-view"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-autosave.h"
#include "polku-catalogue-format.h"
#include "polku-date-entry.h"
#include "polku-document-window.h"
#include "polku-environment-report.h"
#include "polku-environment-report-view.h"
#include "polku-peruste-combo-row.h"

/* Store changes come in bursts (a task mapped to ten requirements). */
#define REBUILD_DELAY_MS 150

struct _PolkuEnvironmentReportView
{
  GtkWidget               parent_instance;

  /* Template widgets */
  AdwToastOverlay        *toast_overlay;
  GtkStack               *stack;
  PolkuPerusteComboRow   *peruste_row;
  GtkLabel               *title_label;
  GtkLabel               *subtitle_label;
  GtkBox                 *top_box;
  PolkuDateEntry         *recognised_on_entry;
  AdwEntryRow            *recogniser_row;
  AdwEntryRow            *recogniser_organisation_row;
  PolkuDateEntry         *published_on_entry;
  AdwEntryRow            *recognition_note_row;
  GtkBox                 *body_box;
  GtkLabel               *footer_label;

  /* Owned */
  PolkuContext           *context;
  PolkuEnvironmentReport *report;
  gint64                  workshop_id;
  guint                   rebuild_id;
};

G_DEFINE_FINAL_TYPE (PolkuEnvironmentReportView, polku_environment_report_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_WORKSHOP_ID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void update_actions (PolkuEnvironmentReportView *self);

/* Auxiliary methods */

static const char *
current_language (PolkuEnvironmentReportView *self)
{
  return g_settings_get_boolean (polku_context_get_settings (self->context), "show-swedish") ? "sv" : "fi";
}

static const char *
pick (PolkuEnvironmentReportView *self,
      const char                 *fi,
      const char                 *sv)
{
  return polku_catalogue_pick_text (fi, sv, current_language (self));
}

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
show_error (PolkuEnvironmentReportView *self,
            const char                 *message)
{
  polku_show_toast (GTK_WIDGET (self->toast_overlay), message);
}

static GtkWidget *
new_group (const char *title,
           const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

/* A fact: its name small above, the value as the row's text. */
static void
add_fact (GtkWidget  *group,
          const char *title,
          const char *value)
{
  GtkWidget *row;

  if (value == NULL || *value == '\0')
    return;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static char *
join_names (PolkuEnvironmentReportView *self,
            GPtrArray                  *codes)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; codes != NULL && i < codes->len; i++)
    {
      const PolkuCatalogueCodeRecord *code = g_ptr_array_index (codes, i);
      const char *name = pick (self, code->nimi_fi, code->nimi_sv);
      gboolean seen = FALSE;

      /* Several codes may carry one name (a koulutus under two codes). */
      for (guint j = 0; j < i && !seen; j++)
        {
          const PolkuCatalogueCodeRecord *earlier = g_ptr_array_index (codes, j);

          seen = g_strcmp0 (pick (self, earlier->nimi_fi, earlier->nimi_sv), name) == 0;
        }
      if (name == NULL || seen)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, name);
    }

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

static char *
join_address (const char *address,
              const char *postal_code,
              const char *municipality)
{
  g_autofree char *place = NULL;

  if (postal_code != NULL && municipality != NULL)
    place = g_strdup_printf ("%s %s", postal_code, municipality);
  else
    place = g_strdup (postal_code != NULL ? postal_code : municipality);

  if (address != NULL && place != NULL)
    return g_strdup_printf ("%s, %s", address, place);
  return g_strdup (address != NULL ? address : place);
}

static char *
format_credits (PolkuEnvironmentReportView *self,
                double                      credits)
{
  PolkuCreditUnit unit = polku_credit_unit_from_string (self->report->credit_unit);
  char *text = credits > 0 ? polku_catalogue_format_credits (credits, -1.0, unit) : NULL;

  if (text != NULL)
    return text;
  return g_strdup (unit == POLKU_CREDIT_UNIT_WEEKS ? _("0 weeks") : _("0 credits"));
}

static void
add_qualification_group (PolkuEnvironmentReportView *self)
{
  const PolkuEnvironmentReport *report = self->report;
  GtkWidget *group = new_group (polku_environment_report_is_training (report) ? _("Training") : _("Qualification"),
                                NULL);
  g_autofree char *koulutukset = join_names (self, report->koulutukset);
  g_autofree char *osaamisalat = join_names (self, report->osaamisalat);
  g_autofree char *nimikkeet = join_names (self, report->tutkintonimikkeet);
  g_autofree char *validity = polku_catalogue_format_validity (report->valid_from, report->valid_until,
                                                               report->transition_until);

  add_fact (group, _("Diaarinumero"), report->diaarinumero);
  add_fact (group, _("Education"), koulutukset);
  add_fact (group, _("Competence areas"), osaamisalat);
  add_fact (group, _("Qualification titles"), nimikkeet);
  add_fact (group, _("Validity"), validity);
  gtk_box_append (self->top_box, group);
}

static void
add_place_group (PolkuEnvironmentReportView *self)
{
  const PolkuEnvironmentReport *report = self->report;
  const PolkuOrganisationRecord *organisation = report->organisation;
  const PolkuWorkshopRecord *workshop = report->workshop;
  GtkWidget *group = new_group (_("Organisation and Workshop"), NULL);
  g_autofree char *organisation_address = NULL;
  g_autofree char *workshop_address = NULL;

  if (organisation != NULL)
    {
      organisation_address = join_address (organisation->address, organisation->postal_code,
                                           organisation->municipality);
      add_fact (group, _("Organisation"), organisation->name);
      add_fact (group, _("Business ID"), organisation->business_id);
      add_fact (group, _("Address"), organisation_address);
    }

  if (workshop != NULL)
    {
      workshop_address = join_address (workshop->address, workshop->postal_code, workshop->municipality);
      add_fact (group, _("Workshop"), workshop->name);
      add_fact (group, _("Workshop address"), workshop_address);
    }

  gtk_box_append (self->top_box, group);
}

static void
add_contacts_group (PolkuEnvironmentReportView *self)
{
  GPtrArray *contacts = self->report->contacts;
  GtkWidget *group = new_group (_("Contact People"), NULL);

  for (guint i = 0; contacts != NULL && i < contacts->len; i++)
    {
      const PolkuContactRecord *contact = g_ptr_array_index (contacts, i);
      const char *parts[] = { contact->title, contact->phone, contact->email };
      g_autoptr(GString) details = g_string_new (NULL);
      GtkWidget *row = adw_action_row_new ();

      for (guint j = 0; j < G_N_ELEMENTS (parts); j++)
        {
          if (parts[j] == NULL)
            continue;
          if (details->len > 0)
            g_string_append (details, " · ");
          g_string_append (details, parts[j]);
        }

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), contact->name);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), details->str);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("avatar-default-symbolic"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  if (contacts == NULL || contacts->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("None recorded: add the workshop’s contact people in its profile."));

  gtk_box_append (self->top_box, group);
}

static void
add_environment_group (PolkuEnvironmentReportView *self)
{
  const PolkuWorkshopRecord *workshop = self->report->workshop;
  GtkWidget *group = new_group (_("The Learning Environment"), NULL);

  if (workshop == NULL || (workshop->description == NULL && workshop->equipment == NULL))
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("Not described yet: write the description and the equipment in the workshop’s profile."));
  else
    {
      add_fact (group, _("Description"), workshop->description);
      add_fact (group, _("Equipment"), workshop->equipment);
    }

  gtk_box_append (self->body_box, group);
}

static void
add_figures_group (PolkuEnvironmentReportView *self)
{
  const PolkuPerusteCoverageRecord *coverage = self->report->coverage;
  GtkWidget *group = new_group (_("What Can Be Learned Here"), NULL);
  guint n_full = polku_environment_report_count_units (self->report, POLKU_UNIT_EXTENT_FULL);
  guint n_partial = polku_environment_report_count_units (self->report, POLKU_UNIT_EXTENT_PARTIAL);
  g_autofree char *requirements = NULL;
  g_autofree char *full_credits = format_credits (self, coverage->credits_full);
  g_autofree char *partial_credits = format_credits (self, coverage->credits_partial);
  g_autofree char *full = NULL;
  g_autofree char *partial = NULL;

  /* Translators: coverage of a qualification, e.g. "34 of 220". */
  requirements = g_strdup_printf (_("%u of %u"), coverage->n_covered, coverage->n_total);
  if (polku_environment_report_is_training (self->report))
    {
      /* Translators: parts of a TUVA/TELMA training and their extent, e.g. "3 training parts, 12 weeks". */
      full = g_strdup_printf (ngettext ("%u training part, %s", "%u training parts, %s", n_full), n_full, full_credits);
      /* Translators: parts of a TUVA/TELMA training and their extent, e.g. "2 training parts, 8 weeks". */
      partial = g_strdup_printf (ngettext ("%u training part, %s", "%u training parts, %s", n_partial), n_partial,
                                 partial_credits);
      add_fact (group, _("Objectives covered"), requirements);
    }
  else
    {
      /* Translators: units and their credits, e.g. "3 units, 45 credits". */
      full = g_strdup_printf (ngettext ("%u unit, %s", "%u units, %s", n_full), n_full, full_credits);
      /* Translators: units and their credits, e.g. "2 units, 30 credits". */
      partial = g_strdup_printf (ngettext ("%u unit, %s", "%u units, %s", n_partial), n_partial, partial_credits);
      add_fact (group, _("Requirements covered"), requirements);
    }
  add_fact (group, _("Fully learnable here"), full);
  add_fact (group, _("Partly learnable here"), partial);
  gtk_box_append (self->body_box, group);
}

static char *
tasks_text (const PolkuCoverageRowRecord *row)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < row->tasks->len; i++)
    {
      const PolkuCoveringTaskRecord *task = g_ptr_array_index (row->tasks, i);

      if (text->len > 0)
        g_string_append (text, ", ");
      if (task->by_code)
        /* Translators: a task covering a requirement through its national code. */
        g_string_append_printf (text, _("%s (by national code)"), task->title);
      else
        g_string_append (text, task->title);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
new_requirement_row (PolkuEnvironmentReportView   *self,
                     const PolkuCoverageRowRecord *record)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  g_autofree char *tasks = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pick (self, record->text_fi, record->text_sv));

  if (record->tasks->len > 0)
    {
      tasks = tasks_text (record);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), tasks);
      icon = gtk_image_new_from_icon_name ("object-select-symbolic");
      gtk_widget_add_css_class (icon, "success");
      gtk_widget_set_tooltip_text (icon, _("Covered"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Covered"), -1);
    }
  else
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Not covered here"));
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "error");
      gtk_widget_add_css_class (row, "polku-uncovered");
      gtk_widget_set_tooltip_text (icon, _("Not covered"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Not covered"), -1);
    }

  if (record->depth > 0)
    gtk_widget_set_margin_start (icon, 18 * record->depth);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  return row;
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
add_unit_section (PolkuEnvironmentReportView    *self,
                  const PolkuUnitCoverageRecord *unit)
{
  GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  const char *name = pick (self, unit->nimi_fi, unit->nimi_sv);
  g_autofree char *heading = NULL;
  g_autofree char *credits = NULL;
  g_autofree char *level = NULL;
  g_autofree char *details = NULL;
  g_autofree char *last_group = NULL;
  GtkWidget *list = NULL;

  if (unit->koodi_arvo != NULL)
    /* Translators: a unit's code and name, e.g. "106945 Puusepänteollisuuden tuotteiden valmistaminen". */
    heading = g_strdup_printf (_("%s %s"), unit->koodi_arvo, name);
  else
    heading = g_strdup (name);

  if (polku_environment_report_is_training (self->report))
    /* Translators: a TUVA/TELMA training part's coverage, e.g. "Fully learnable here (6/6 objectives covered)". */
    level = g_strdup_printf (unit->level == POLKU_UNIT_EXTENT_FULL ? _("Fully learnable here (%u/%u objectives covered)")
                                                                   : _("Partly learnable here (%u/%u objectives covered)"),
                             unit->n_covered, unit->n_total);
  else if (unit->level == POLKU_UNIT_EXTENT_FULL)
    /* Translators: a unit's coverage, e.g. "Fully learnable here (6/6 requirements covered)". */
    level = g_strdup_printf (_("Fully learnable here (%u/%u requirements covered)"), unit->n_covered, unit->n_total);
  else
    /* Translators: a unit's coverage, e.g. "Partly learnable here (3/6 requirements covered)". */
    level = g_strdup_printf (_("Partly learnable here (%u/%u requirements covered)"), unit->n_covered, unit->n_total);

  if (unit->credits > 0)
    credits = polku_catalogue_format_credits (unit->credits, -1.0,
                                              polku_credit_unit_from_string (self->report->credit_unit));
  details = credits != NULL ? g_strdup_printf ("%s · %s", credits, level) : g_strdup (level);

  gtk_box_append (GTK_BOX (section), new_label (heading, "title-4"));
  gtk_box_append (GTK_BOX (section), new_label (details, "dim-label"));
  if (unit->marked_note != NULL)
    gtk_box_append (GTK_BOX (section), new_label (unit->marked_note, NULL));

  for (guint i = 0; i < unit->rows->len; i++)
    {
      const PolkuCoverageRowRecord *row = g_ptr_array_index (unit->rows, i);
      const char *osa_alue = pick (self, row->osa_alue_nimi_fi, row->osa_alue_nimi_sv);
      const char *kohdealue = pick (self, row->kohdealue_fi, row->kohdealue_sv);
      g_autofree char *group = NULL;

      if (osa_alue != NULL && kohdealue != NULL)
        /* Translators: a group of requirements: a common unit's osa-alue, then a kohdealue. */
        group = g_strdup_printf (_("%s: %s"), osa_alue, kohdealue);
      else
        group = g_strdup (osa_alue != NULL ? osa_alue : kohdealue);

      if (list == NULL || g_strcmp0 (group, last_group) != 0)
        {
          if (group != NULL)
            {
              GtkWidget *label = new_label (group, "heading");

              gtk_widget_set_margin_top (label, 12);
              gtk_box_append (GTK_BOX (section), label);
            }

          list = gtk_list_box_new ();
          gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
          gtk_widget_add_css_class (list, "boxed-list");
          gtk_widget_set_margin_top (list, group == NULL ? 12 : 0);
          gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          group != NULL ? group : heading, -1);
          gtk_box_append (GTK_BOX (section), list);
          g_free (last_group);
          last_group = g_steal_pointer (&group);
        }

      gtk_list_box_append (GTK_LIST_BOX (list), new_requirement_row (self, row));
    }

  gtk_box_append (self->body_box, section);
}

static void
add_units (PolkuEnvironmentReportView *self)
{
  const PolkuPerusteCoverageRecord *coverage = self->report->coverage;
  GtkWidget *heading;
  GtkWidget *others = NULL;
  guint n_learnable = 0;
  guint n_others = 0;

  heading = new_label (polku_environment_report_is_training (self->report) ? _("Training Parts Learnable Here")
                                                                            : _("Units Learnable Here"), "title-2");
  gtk_widget_set_margin_top (heading, 12);
  gtk_box_append (self->body_box, heading);

  for (guint i = 0; i < coverage->units->len; i++)
    {
      const PolkuUnitCoverageRecord *unit = g_ptr_array_index (coverage->units, i);

      if (unit->level != POLKU_UNIT_EXTENT_NONE)
        {
          add_unit_section (self, unit);
          n_learnable++;
        }
    }

  if (n_learnable == 0)
    gtk_box_append (self->body_box,
                    new_label (polku_environment_report_is_training (self->report)
                               ? _("None yet: map the workshop’s tasks to this training’s objectives, or mark whole training parts learnable here.")
                               : _("None yet: map the workshop’s tasks to this qualification’s requirements, or mark whole units learnable here."),
                               "dim-label"));

  /* The rest, folded: the report is about what can be learned here. */
  for (guint i = 0; i < coverage->units->len; i++)
    {
      const PolkuUnitCoverageRecord *unit = g_ptr_array_index (coverage->units, i);
      GtkWidget *row;

      if (unit->level != POLKU_UNIT_EXTENT_NONE)
        continue;

      if (others == NULL)
        others = adw_expander_row_new ();

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pick (self, unit->nimi_fi, unit->nimi_sv));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), unit->koodi_arvo);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (others), row);
      n_others++;
    }

  if (others != NULL)
    {
      GtkWidget *group = new_group (NULL, NULL);
      g_autofree char *title = NULL;

      if (polku_environment_report_is_training (self->report))
        /* Translators: a folded list of the parts of a TUVA/TELMA training no task covers. */
        title = g_strdup_printf (ngettext ("%u training part not learnable here", "%u training parts not learnable here",
                                           n_others), n_others);
      else
        /* Translators: a folded list of the units no task covers. */
        title = g_strdup_printf (ngettext ("%u unit not learnable here", "%u units not learnable here", n_others),
                                 n_others);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (others), title);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), others);
      gtk_widget_set_margin_top (group, 12);
      gtk_box_append (self->body_box, group);
    }
}

static void
show_recognition (PolkuEnvironmentReportView *self)
{
  const PolkuRecognitionRecord *recognition = self->report->recognition;

  polku_date_entry_set_date (self->recognised_on_entry, recognition->recognised_on);
  polku_date_entry_set_date (self->published_on_entry, recognition->published_on);
  polku_autosave_set_text (GTK_WIDGET (self->recogniser_row), recognition->recogniser_name);
  polku_autosave_set_text (GTK_WIDGET (self->recogniser_organisation_row), recognition->recogniser_organisation);
  polku_autosave_set_text (GTK_WIDGET (self->recognition_note_row), recognition->note);
}

static void
rebuild (PolkuEnvironmentReportView *self)
{
  gint64 peruste_id = polku_peruste_combo_row_get_peruste_id (self->peruste_row);
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *created = NULL;
  g_autofree char *footer = NULL;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_clear_pointer (&self->report, polku_environment_report_unref);

  update_actions (self);
  if (self->context == NULL || self->workshop_id == 0 || peruste_id == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  self->report = polku_environment_report_new (polku_context_get_store (self->context), self->workshop_id,
                                               peruste_id, &error);
  if (self->report == NULL)
    {
      /* The qualification or workshop went away under us: the combo follows. */
      if (!g_error_matches (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND))
        show_error (self, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  gtk_label_set_label (self->title_label, pick (self, self->report->peruste_name_fi, self->report->peruste_name_sv));
  if (self->report->organisation != NULL && self->report->organisation->name != NULL &&
      *self->report->organisation->name != '\0')
    /* Translators: under the report's title: the workshop, then the organisation. */
    subtitle = g_strdup_printf (_("%s · %s"), self->report->workshop->name, self->report->organisation->name);
  else
    subtitle = g_strdup (self->report->workshop->name);
  gtk_label_set_label (self->subtitle_label, subtitle);

  remove_children (self->top_box);
  add_qualification_group (self);
  add_place_group (self);
  add_contacts_group (self);

  show_recognition (self);

  remove_children (self->body_box);
  add_environment_group (self);
  add_figures_group (self);
  add_units (self);

  created = polku_catalogue_format_date (self->report->created_on);
  /* Translators: the foot of the learning environment report; %s is a date. */
  footer = g_strdup_printf (_("Assembled on %s from this database."), created != NULL ? created : "");
  gtk_label_set_label (self->footer_label, footer);

  update_actions (self);
  gtk_stack_set_visible_child_name (self->stack, "report");
}

static gboolean
rebuild_timeout_cb (gpointer data)
{
  PolkuEnvironmentReportView *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_rebuild (PolkuEnvironmentReportView *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_timeout_add (REBUILD_DELAY_MS, rebuild_timeout_cb, self);
}

static char *
dup_clean (GtkWidget *widget)
{
  g_autofree char *text = polku_autosave_dup_text (widget);

  g_strstrip (text);
  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
save_recognition (PolkuEnvironmentReportView *self)
{
  g_autofree char *recogniser = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *note = NULL;
  PolkuRecognitionRecord record = { 0 };
  g_autoptr(GError) error = NULL;

  if (self->report == NULL)
    return;

  recogniser = dup_clean (GTK_WIDGET (self->recogniser_row));
  organisation = dup_clean (GTK_WIDGET (self->recogniser_organisation_row));
  note = dup_clean (GTK_WIDGET (self->recognition_note_row));

  record.workshop_id = self->workshop_id;
  record.peruste_id = self->report->peruste_id;
  record.recognised_on = (char *) polku_date_entry_get_date (self->recognised_on_entry);
  record.published_on = (char *) polku_date_entry_get_date (self->published_on_entry);
  record.recogniser_name = recogniser;
  record.recogniser_organisation = organisation;
  record.note = note;

  if (!polku_store_set_recognition (polku_context_get_store (self->context), &record, &error))
    show_error (self, error->message);
}

/* Callbacks */

static void
peruste_changed_cb (PolkuEnvironmentReportView *self)
{
  rebuild (self);
}

static void
recognition_date_committed_cb (PolkuEnvironmentReportView *self)
{
  save_recognition (self);
}

static void
recognition_text_cb (GtkWidget *widget,
                     gpointer   user_data)
{
  save_recognition (user_data);
}

/* GObject overrides */

/* Actions */

/* Print and Export go through the document window too: the coach sees the
 * pages being printed, in the language chosen there. */
static void
open_document (PolkuEnvironmentReportView *self,
               const char                 *then_action)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  PolkuDocumentWindow *window;

  if (self->report == NULL)
    return;

  window = polku_document_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context,
                                      POLKU_DOCUMENT_ENVIRONMENT_REPORT, self->workshop_id);
  polku_document_window_set_peruste_id (window, self->report->peruste_id);
  gtk_window_present (GTK_WINDOW (window));
  if (then_action != NULL)
    polku_document_window_activate_when_ready (window, then_action);
}

static void
preview_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  open_document (POLKU_ENVIRONMENT_REPORT_VIEW (widget), NULL);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  open_document (POLKU_ENVIRONMENT_REPORT_VIEW (widget), "win.print");
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  open_document (POLKU_ENVIRONMENT_REPORT_VIEW (widget), "win.export-pdf");
}

static void
update_actions (PolkuEnvironmentReportView *self)
{
  gboolean ready = self->report != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.preview", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.print", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.export-pdf", ready);
}

static void
polku_environment_report_view_dispose (GObject *object)
{
  PolkuEnvironmentReportView *self = (PolkuEnvironmentReportView *)object;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_ENVIRONMENT_REPORT_VIEW);
  g_clear_pointer (&self->report, polku_environment_report_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_environment_report_view_parent_class)->dispose (object);
}

static void
polku_environment_report_view_get_property (GObject    *object,
                                            guint       prop_id,
                                            GValue     *value,
                                            GParamSpec *pspec)
{
  PolkuEnvironmentReportView *self = POLKU_ENVIRONMENT_REPORT_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_WORKSHOP_ID:
      g_value_set_int64 (value, self->workshop_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_environment_report_view_set_property (GObject      *object,
                                            guint         prop_id,
                                            const GValue *value,
                                            GParamSpec   *pspec)
{
  PolkuEnvironmentReportView *self = POLKU_ENVIRONMENT_REPORT_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      polku_environment_report_view_set_workshop (self, g_value_get_object (value), self->workshop_id);
      break;

    case PROP_WORKSHOP_ID:
      polku_environment_report_view_set_workshop (self, self->context, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_environment_report_view_class_init (PolkuEnvironmentReportViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_environment_report_view_dispose;
  object_class->get_property = polku_environment_report_view_get_property;
  object_class->set_property = polku_environment_report_view_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The workshop reported on; 0 shows nothing */
  properties [PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-environment-report-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuEnvironmentReportView, body_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuEnvironmentReportView, footer_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuEnvironmentReportView, peruste_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuEnvironmentReportView, published_on_entry);
  gtk_widget_class_bind_template_child (widget_class, PolkuEnvironmentReportView, recognised_on_entry);
  gtk_widget_class_bind_template_child (widget_class, PolkuEnvironmentReportView, recognition_note_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuEnvironmentReportView, recogniser_organisation_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuEnvironmentReportView, recogniser_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuEnvironmentReportView, stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuEnvironmentReportView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuEnvironmentReportView, title_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuEnvironmentReportView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PolkuEnvironmentReportView, top_box);
  gtk_widget_class_bind_template_callback (widget_class, peruste_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, recognition_date_committed_cb);

  gtk_widget_class_install_action (widget_class, "report.preview", NULL, preview_action);
  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "report.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "report.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "report.export-pdf", NULL);

  g_type_ensure (POLKU_TYPE_DATE_ENTRY);
  g_type_ensure (POLKU_TYPE_PERUSTE_COMBO_ROW);
}

static void
polku_environment_report_view_init (PolkuEnvironmentReportView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  polku_autosave_attach (GTK_WIDGET (self->recogniser_row), recognition_text_cb, self);
  polku_autosave_attach (GTK_WIDGET (self->recogniser_organisation_row), recognition_text_cb, self);
  polku_autosave_attach (GTK_WIDGET (self->recognition_note_row), recognition_text_cb, self);

  gtk_stack_set_visible_child_name (self->stack, "empty");
  update_actions (self);
}

/* Public API */

GtkWidget *
polku_environment_report_view_new (void)
{
  return g_object_new (POLKU_TYPE_ENVIRONMENT_REPORT_VIEW, NULL);
}

/**
 * polku_environment_report_view_set_workshop:
 * @context: (nullable): the context
 * @workshop_id: the workshop reported on (0: show nothing)
 */
void
polku_environment_report_view_set_workshop (PolkuEnvironmentReportView *self,
                                            PolkuContext               *context,
                                            gint64                      workshop_id)
{
  gboolean context_changed;

  g_return_if_fail (POLKU_IS_ENVIRONMENT_REPORT_VIEW (self));
  g_return_if_fail (!context || POLKU_IS_CONTEXT (context));

  context_changed = context != self->context;
  if (!context_changed && workshop_id == self->workshop_id)
    return;

  if (context_changed)
    {
      g_set_object (&self->context, context);
      if (context != NULL)
        {
          PolkuStore *store = polku_context_get_store (context);

          g_signal_connect_object (store, "changed::workshop", G_CALLBACK (schedule_rebuild), self,
                                   G_CONNECT_SWAPPED);
          g_signal_connect_object (store, "changed::catalogue", G_CALLBACK (schedule_rebuild), self,
                                   G_CONNECT_SWAPPED);
          g_signal_connect_object (polku_context_get_settings (context), "changed::show-swedish",
                                   G_CALLBACK (schedule_rebuild), self, G_CONNECT_SWAPPED);
        }
    }
  self->workshop_id = workshop_id;

  g_signal_handlers_block_by_func (self->peruste_row, peruste_changed_cb, self);
  polku_peruste_combo_row_set_workshop (self->peruste_row, context, workshop_id);
  g_signal_handlers_unblock_by_func (self->peruste_row, peruste_changed_cb, self);
  rebuild (self);

  if (context_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKSHOP_ID]);
}
