/* polku-demo.c: fills an empty database with a fictional organisation, two
 * workshops with tasks mapped to two qualifications of the catalogue, a
 * partner school with agreements, and six fictional learners at different
 * stages of their pathway. One transaction: all of it, or nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-demo"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-catalogue-format.h"
#include "polku-demo.h"
#include "polku-store-catalogue-read.h"
#include "polku-store-catalogue-units.h"
#include "polku-store-learners.h"
#include "polku-store-workshop.h"

#define N_TRACKS 2
#define N_TASKS 5

typedef struct
{
  gint64   peruste_id;
  char    *diaarinumero;
  char    *name;
  char    *suoritustapa;
  gint64   workshop_id;
  gint64   unit_ids[2];     /* a mandatory unit and an optional one of the same osaamisala */
  gint64   task_ids[N_TASKS];
  guint    n_mappings;
} Track;

typedef struct
{
  PolkuStore *store;
  GString    *report;
  Track       tracks[N_TRACKS];
  gint64      provider_id;
  gint64      cooperation_id;
  gint64      training_agreement_id;
} Demo;

static void
demo_clear (Demo *demo)
{
  for (guint i = 0; i < N_TRACKS; i++)
    {
      g_free (demo->tracks[i].diaarinumero);
      g_free (demo->tracks[i].name);
      g_free (demo->tracks[i].suoritustapa);
    }
}

/* Today plus @offset days, ISO. */
static char *
day (int offset)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, offset);

  return g_date_time_format (then, "%Y-%m-%d");
}

static void
report_line (Demo       *demo,
             const char *line)
{
  if (demo->report != NULL)
    {
      g_string_append (demo->report, line);
      g_string_append_c (demo->report, '\n');
    }
}

/* Choosing the qualifications */

static gboolean
is_vocational (const PolkuPerusteRecord *peruste)
{
  static const char * const types[] = {
    "koulutustyyppi_1", "koulutustyyppi_11", "koulutustyyppi_12", "koulutustyyppi_26", NULL
  };

  return g_strv_contains (types, peruste->koulutustyyppi) &&
         g_strcmp0 (peruste->tyyppi, "amosaayhteinen") != 0 &&
         peruste->n_units > 0;
}

static const PolkuStructureNodeRecord *
find_node (GPtrArray  *structure,
           const char *path)
{
  for (guint i = 0; path != NULL && i < structure->len; i++)
    {
      const PolkuStructureNodeRecord *node = g_ptr_array_index (structure, i);

      if (g_strcmp0 (node->path, path) == 0)
        return node;
    }

  return NULL;
}

/* The osaamisala group above @node, or NULL. */
static const char *
osaamisala_of (GPtrArray                      *structure,
               const PolkuStructureNodeRecord *node)
{
  for (const PolkuStructureNodeRecord *n = node; n != NULL; n = find_node (structure, n->parent_path))
    if (!n->is_unit && g_strcmp0 (n->rooli, "osaamisala") == 0)
      return n->path;

  return NULL;
}

/* A unit a workshop can teach: a vocational unit of its own with requirements. */
static gboolean
usable_unit (PolkuStore                     *store,
             const PolkuStructureNodeRecord *node,
             guint                          *out_n_requirements,
             GError                        **error)
{
  g_autoptr(PolkuUnitRecord) unit = NULL;
  g_autoptr(GPtrArray) requirements = NULL;

  *out_n_requirements = 0;

  if (!node->is_unit || node->unit_id == 0 || node->retired)
    return TRUE;

  if ((unit = polku_store_catalogue_get_unit (store, node->unit_id, error)) == NULL ||
      (requirements = polku_store_catalogue_list_requirements (store, node->unit_id, error)) == NULL)
    return FALSE;

  if (unit->n_osa_alueet == 0 && unit->scale_id != 0 && g_strcmp0 (unit->kind, "tutkinnon_osa") == 0)
    *out_n_requirements = requirements->len;

  return TRUE;
}

static gboolean
pick_units (PolkuStore  *store,
            Track       *track,
            GError     **error)
{
  g_autoptr(GPtrArray) ways = NULL;
  g_autoptr(GPtrArray) structure = NULL;
  const PolkuStructureNodeRecord *mandatory = NULL;
  const char *context;

  ways = polku_store_list_suoritustavat (store, track->peruste_id, error);
  if (ways == NULL)
    return FALSE;

  for (guint i = 0; i < ways->len && track->suoritustapa == NULL; i++)
    if (g_strcmp0 (((PolkuSuoritustapaRecord *) g_ptr_array_index (ways, i))->koodi, "reformi") == 0)
      track->suoritustapa = g_strdup ("reformi");
  if (track->suoritustapa == NULL && ways->len > 0)
    track->suoritustapa = g_strdup (((PolkuSuoritustapaRecord *) g_ptr_array_index (ways, 0))->koodi);
  if (track->suoritustapa == NULL)
    return TRUE;

  structure = polku_store_list_structure (store, track->peruste_id, track->suoritustapa, error);
  if (structure == NULL)
    return FALSE;

  for (guint i = 0; i < structure->len && mandatory == NULL; i++)
    {
      const PolkuStructureNodeRecord *node = g_ptr_array_index (structure, i);
      guint n = 0;

      if (node->mandatory != 1)
        continue;
      if (!usable_unit (store, node, &n, error))
        return FALSE;
      if (n >= 3)
        mandatory = node;
    }

  if (mandatory == NULL)
    return TRUE;

  track->unit_ids[0] = mandatory->unit_id;
  context = osaamisala_of (structure, mandatory);

  for (guint i = 0; i < structure->len && track->unit_ids[1] == 0; i++)
    {
      const PolkuStructureNodeRecord *node = g_ptr_array_index (structure, i);
      guint n = 0;

      if (node->mandatory != 0 || node->unit_id == mandatory->unit_id ||
          g_strcmp0 (osaamisala_of (structure, node), context) != 0)
        continue;
      if (!usable_unit (store, node, &n, error))
        return FALSE;
      if (n >= 2)
        track->unit_ids[1] = node->unit_id;
    }

  return TRUE;
}

static gboolean
pick_perusteet (Demo    *demo,
                GError **error)
{
  static const char * const preferred[] = { POLKU_DEMO_PUUTEOLLISUUS, POLKU_DEMO_AJONEUVO };
  g_autoptr(GPtrArray) perusteet = NULL;
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  guint n = 0;

  perusteet = polku_store_list_perusteet (demo->store, error);
  if (perusteet == NULL)
    return FALSE;

  for (guint p = 0; p < G_N_ELEMENTS (preferred); p++)
    for (guint i = 0; i < perusteet->len; i++)
      {
        PolkuPerusteRecord *peruste = g_ptr_array_index (perusteet, i);

        if (g_strcmp0 (peruste->diaarinumero, preferred[p]) == 0 && is_vocational (peruste))
          g_ptr_array_add (candidates, peruste);
      }

  for (guint i = 0; i < perusteet->len; i++)
    {
      PolkuPerusteRecord *peruste = g_ptr_array_index (perusteet, i);

      if (is_vocational (peruste) && !g_ptr_array_find (candidates, peruste, NULL))
        g_ptr_array_add (candidates, peruste);
    }

  for (guint i = 0; i < candidates->len && n < N_TRACKS; i++)
    {
      PolkuPerusteRecord *peruste = g_ptr_array_index (candidates, i);
      Track *track = &demo->tracks[n];

      track->peruste_id = peruste->peruste_id;
      track->diaarinumero = g_strdup (peruste->diaarinumero);
      track->name = g_strdup (polku_catalogue_pick_text (peruste->nimi_fi, peruste->nimi_sv, "fi"));
      if (!pick_units (demo->store, track, error))
        return FALSE;

      if (track->unit_ids[0] != 0 && track->unit_ids[1] != 0)
        n++;
      else
        {
          g_clear_pointer (&track->diaarinumero, g_free);
          g_clear_pointer (&track->name, g_free);
          g_clear_pointer (&track->suoritustapa, g_free);
          memset (track, 0, sizeof *track);
        }
    }

  if (n == 0)
    {
      g_set_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                   /* Translators: the two %s are diaarinumerot of qualifications (e.g. OPH-2455-2017). */
                   _("The catalogue has no vocational qualification to build the demo on. Import one first, for example “polku --download %s %s” (Puuteollisuuden and Ajoneuvoalan perustutkinto), or “polku --import FILE” with a peruste saved from ePerusteet."),
                   POLKU_DEMO_PUUTEOLLISUUS, POLKU_DEMO_AJONEUVO);
      return FALSE;
    }

  /* With one qualification, both workshops teach it. */
  if (n == 1)
    {
      Track *second = &demo->tracks[1];

      *second = demo->tracks[0];
      second->diaarinumero = g_strdup (demo->tracks[0].diaarinumero);
      second->name = g_strdup (demo->tracks[0].name);
      second->suoritustapa = g_strdup (demo->tracks[0].suoritustapa);
    }

  return TRUE;
}

/* The organisation, workshops and tasks */

typedef struct
{
  const char *workshop;
  const char *description;
  const char *equipment;
  const char *tasks[N_TASKS];
} WorkshopText;

static const WorkshopText workshop_texts[] = {
  {
    N_("Wood workshop"),
    N_("A carpentry workshop that makes furniture, sauna benches and garden structures to order for local customers."),
    N_("Panel saw, planer, spindle moulder, CNC router, finishing booth, hand tools"),
    { N_("Assembling a piece of furniture"), N_("Sawing and planing with machines"),
      N_("Surface finishing"), N_("Receiving and storing materials"), N_("Safety walk and machine check") },
  },
  {
    N_("Car workshop"),
    N_("A small car repair shop doing servicing and tyre work for the association's vans and local customers."),
    N_("Two-post lift, tyre changer and balancer, diagnostic tester, hand and power tools"),
    { N_("Changing and storing tyres"), N_("Oil change and periodic service"),
      N_("Checking brakes"), N_("Receiving a customer's car"), N_("Sorting waste and cleaning the workshop") },
  },
};

static gboolean
create_workshops (Demo    *demo,
                  GError **error)
{
  PolkuOrganisationRecord organisation = {
    .name = (char *) _("Esimerkkipaja ry (demo)"),
    .business_id = (char *) "1234567-1",
    .address = (char *) "Demotie 1",
    .postal_code = (char *) "40100",
    .municipality = (char *) "Jyväskylä",
  };
  PolkuRecognition who = { .recognised_by = "Paula Valmentaja", .teacher_name = "Olli Opettaja",
                           .teacher_organisation = NULL, .note = NULL };
  g_autofree char *line = NULL;

  if (!polku_store_update_organisation (demo->store, &organisation, error))
    return FALSE;

  /* Translators: %s is the demo organisation's name. */
  line = g_strdup_printf (_("Organisation: %s"), organisation.name);
  report_line (demo, line);

  for (guint t = 0; t < N_TRACKS; t++)
    {
      Track *track = &demo->tracks[t];
      const WorkshopText *text = &workshop_texts[t];
      PolkuWorkshopRecord workshop = { 0 };
      PolkuRecognitionRecord recognition = { 0 };
      g_autofree char *recognised_on = day (-90);
      g_autofree char *workshop_line = NULL;

      workshop.name = (char *) _(text->workshop);
      workshop.description = (char *) _(text->description);
      workshop.equipment = (char *) _(text->equipment);
      workshop.address = (char *) "Demotie 1";
      workshop.postal_code = (char *) "40100";
      workshop.municipality = (char *) "Jyväskylä";
      track->workshop_id = polku_store_add_workshop (demo->store, &workshop, error);
      if (track->workshop_id == 0)
        return FALSE;

      for (guint i = 0; i < N_TASKS; i++)
        {
          PolkuTaskRecord task = { 0 };

          task.workshop_id = track->workshop_id;
          task.title = (char *) _(text->tasks[i]);
          task.duration = (char *) _("1–3 days");
          task.active = TRUE;
          track->task_ids[i] = polku_store_add_task (demo->store, &task, error);
          if (track->task_ids[i] == 0)
            return FALSE;
        }

      /* The first unit's requirements go to the first three tasks, the second's
       * to the last two; the last fifth of each unit stays uncovered, as in a
       * real workshop. */
      for (guint u = 0; u < 2; u++)
        {
          g_autoptr(GPtrArray) requirements = NULL;
          guint n_mapped;

          requirements = polku_store_catalogue_list_requirements (demo->store, track->unit_ids[u], error);
          if (requirements == NULL)
            return FALSE;

          n_mapped = requirements->len - MAX (1, requirements->len / 5);
          for (guint i = 0; i < n_mapped; i++)
            {
              PolkuRequirementRecord *requirement = g_ptr_array_index (requirements, i);
              gint64 task_id = u == 0 ? track->task_ids[i % 3] : track->task_ids[3 + i % 2];

              if (!polku_store_map_requirement (demo->store, task_id, requirement->requirement_id, &who, error))
                return FALSE;
              track->n_mappings++;
            }
        }

      recognition.workshop_id = track->workshop_id;
      recognition.peruste_id = track->peruste_id;
      recognition.recognised_on = recognised_on;
      recognition.recogniser_name = (char *) "Olli Opettaja";
      recognition.recogniser_organisation = (char *) _("Esimerkkiopisto (demo)");
      if (!polku_store_set_recognition (demo->store, &recognition, error))
        return FALSE;

      /* Translators: a line of the demo report: workshop name, number of tasks, number of
       * task-requirement mappings and the qualification, e.g. "Workshop: Wood workshop, 5 tasks, 18 requirements mapped to Puuteollisuuden perustutkinto (OPH-2455-2017)". */
      workshop_line = g_strdup_printf (_("Workshop: %s, %u tasks, %u requirements mapped to %s (%s)"),
                                       workshop.name, N_TASKS, track->n_mappings, track->name,
                                       track->diaarinumero);
      report_line (demo, workshop_line);
    }

  return TRUE;
}

static gboolean
create_partner (Demo    *demo,
                GError **error)
{
  PolkuProviderRecord provider = { 0 };
  PolkuContactRecord contact = { 0 };
  PolkuAgreementRecord agreement = { 0 };
  g_autoptr(GPtrArray) perusteet = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_peruste_ref_record_free);
  g_autofree char *from = day (-365);
  g_autofree char *to = day (365);
  g_autofree char *signed_on = day (-370);
  g_autofree char *student_from = day (-30);
  g_autofree char *student_to = day (120);
  g_autofree char *line = NULL;

  provider.name = (char *) _("Esimerkkiopisto (demo)");
  provider.notes = (char *) _("A fictional education provider of the demo.");
  demo->provider_id = polku_store_add_provider (demo->store, &provider, error);
  if (demo->provider_id == 0)
    return FALSE;

  contact.provider_id = demo->provider_id;
  contact.name = (char *) "Olli Opettaja";
  contact.title = (char *) _("Vocational teacher");
  contact.email = (char *) "olli.opettaja@example.invalid";
  if (polku_store_add_contact (demo->store, &contact, error) == 0)
    return FALSE;

  for (guint t = 0; t < N_TRACKS; t++)
    {
      PolkuPerusteRefRecord *ref = g_new0 (PolkuPerusteRefRecord, 1);

      ref->peruste_id = demo->tracks[t].peruste_id;
      if (t == 0 || demo->tracks[t].peruste_id != demo->tracks[0].peruste_id)
        g_ptr_array_add (perusteet, ref);
      else
        polku_peruste_ref_record_free (ref);
    }

  agreement.kind = POLKU_AGREEMENT_KIND_COOPERATION;
  agreement.provider_id = demo->provider_id;
  agreement.title = (char *) _("Cooperation on recognising workshop learning (demo)");
  agreement.signed_on = signed_on;
  agreement.valid_from = from;
  agreement.valid_to = to;
  agreement.perusteet = perusteet;
  demo->cooperation_id = polku_store_add_agreement (demo->store, &agreement, error);
  if (demo->cooperation_id == 0)
    return FALSE;

  agreement.kind = POLKU_AGREEMENT_KIND_KOULUTUSSOPIMUS;
  agreement.workshop_id = demo->tracks[1].workshop_id;
  agreement.title = (char *) _("Training agreement for a student (demo)");
  agreement.signed_on = student_from;
  agreement.valid_from = student_from;
  agreement.valid_to = student_to;
  demo->training_agreement_id = polku_store_add_agreement (demo->store, &agreement, error);
  if (demo->training_agreement_id == 0)
    return FALSE;

  /* Translators: a line of the demo report; %s is the fictional school's name. */
  line = g_strdup_printf (_("Education provider: %s, with a cooperation agreement and a training agreement"),
                          provider.name);
  report_line (demo, line);
  return TRUE;
}

/* Learners */

typedef struct
{
  const char         *first_names;
  const char         *last_name;
  const char         *preferred_name;
  PolkuLearnerStatus  status;
  const char         *coach;
  guint               track;
  const char         *stage;
} LearnerText;

static const LearnerText learner_texts[] = {
  { "Eetu", "Kokeilu", NULL, POLKU_LEARNER_STATUS_VALMENTAUTUJA, "Paula Valmentaja", 0, N_("new") },
  { "Aino Maria", "Esimerkki", "Aino", POLKU_LEARNER_STATUS_VALMENTAUTUJA, "Paula Valmentaja", 0, N_("mid-period") },
  { "Venla", "Malli", NULL, POLKU_LEARNER_STATUS_VALMENTAUTUJA, "Paula Valmentaja", 0, N_("demonstration planned") },
  { "Onni", "Demo", NULL, POLKU_LEARNER_STATUS_VALMENTAUTUJA, "Aki Ohjaaja", 0, N_("certificate due") },
  { "Iida", "Harjoitus", NULL, POLKU_LEARNER_STATUS_OPISKELIJA, "Aki Ohjaaja", 1, N_("student under a training agreement") },
  { "Leevi", "Testinen", NULL, POLKU_LEARNER_STATUS_VALMENTAUTUJA, "Aki Ohjaaja", 1, N_("archived") },
};

enum { NEW, MID_PERIOD, DEMONSTRATION_PLANNED, CERTIFICATE_DUE, STUDENT, ARCHIVED };

/* The middle level of the unit's scale ("3" of 1–5, "H2", "Hyväksytty"). */
static gboolean
middle_level (PolkuStore  *store,
              gint64       unit_id,
              int         *out_level_id,
              GError     **error)
{
  g_autoptr(PolkuUnitRecord) unit = NULL;
  g_autoptr(GPtrArray) levels = NULL;

  *out_level_id = 0;

  if ((unit = polku_store_catalogue_get_unit (store, unit_id, error)) == NULL)
    return FALSE;
  if (unit->scale_id == 0)
    return TRUE;
  if ((levels = polku_store_catalogue_list_scale_levels (store, unit->scale_id, error)) == NULL)
    return FALSE;
  if (levels->len > 0)
    *out_level_id = ((PolkuScaleLevelRecord *) g_ptr_array_index (levels, levels->len / 2))->level_id;

  return TRUE;
}

/* Gives the first @n requirements of the unit @status (with the middle level
 * from identified on), shown through the unit's tasks. */
static gboolean
record_competences (Demo                   *demo,
                    gint64                  learner_id,
                    const Track            *track,
                    guint                   unit_index,
                    guint                   first,
                    guint                   n,
                    PolkuCompetenceStatus   status,
                    int                     shown_offset,
                    guint                  *out_n,
                    GError                **error)
{
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *shown_on = day (shown_offset);
  PolkuCompetenceEdit edit = { 0 };
  gint64 tasks[2];
  int level_id = 0;

  requirements = polku_store_catalogue_list_requirements (demo->store, track->unit_ids[unit_index], error);
  if (requirements == NULL)
    return FALSE;

  for (guint i = first; i < requirements->len && i < first + n; i++)
    g_array_append_val (ids, ((PolkuRequirementRecord *) g_ptr_array_index (requirements, i))->requirement_id);

  if (polku_competence_status_counts_identified (status) &&
      !middle_level (demo->store, track->unit_ids[unit_index], &level_id, error))
    return FALSE;

  tasks[0] = unit_index == 0 ? track->task_ids[0] : track->task_ids[3];
  tasks[1] = unit_index == 0 ? track->task_ids[1] : track->task_ids[4];

  edit.fields = POLKU_COMPETENCE_FIELD_STATUS | POLKU_COMPETENCE_FIELD_OWN_VIEW | POLKU_COMPETENCE_FIELD_TASKS;
  edit.status = status;
  edit.own_view = _("I can do this when I have the work instructions at hand.");
  edit.task_ids = tasks;
  edit.n_task_ids = 2;
  if (polku_competence_status_counts_identified (status))
    {
      edit.fields |= POLKU_COMPETENCE_FIELD_LEVEL | POLKU_COMPETENCE_FIELD_OBSERVATION |
                     POLKU_COMPETENCE_FIELD_SHOWN_ON | POLKU_COMPETENCE_FIELD_EVIDENCE |
                     POLKU_COMPETENCE_FIELD_OBSERVED_BY;
      edit.level_id = level_id;
      edit.observation = _("Works independently and safely; asks when unsure.");
      edit.shown_on = shown_on;
      edit.evidence = _("Observed in real customer work over several weeks.");
      edit.observed_by = "Paula Valmentaja";
    }

  if (!polku_store_edit_competences (demo->store, learner_id, (const gint64 *) ids->data, ids->len, &edit, error))
    return FALSE;

  *out_n += ids->len;
  return TRUE;
}

static guint
n_requirements (PolkuStore *store,
                gint64      unit_id)
{
  g_autoptr(GPtrArray) requirements = polku_store_catalogue_list_requirements (store, unit_id, NULL);

  return requirements != NULL ? requirements->len : 0;
}

static gboolean
plan_units (Demo         *demo,
            gint64        learner_id,
            const Track  *track,
            guint         n_units,
            int           start_offset,
            const char   *goal,
            GError      **error)
{
  g_autoptr(PolkuPlanRecord) plan = NULL;

  plan = polku_store_get_plan (demo->store, learner_id, error);
  if (plan == NULL)
    return FALSE;

  g_free (plan->goal);
  plan->goal = g_strdup (goal);
  plan->peruste_id = track->peruste_id;
  g_free (plan->suoritustapa);
  plan->suoritustapa = g_strdup (track->suoritustapa);
  g_free (plan->starts_on);
  plan->starts_on = day (start_offset);
  if (!polku_store_update_plan (demo->store, plan, error))
    return FALSE;

  for (guint u = 0; u < n_units; u++)
    {
      g_autoptr(PolkuPlanUnitRecord) record = NULL;
      gint64 plan_unit_id;
      gint64 tasks[3];

      plan_unit_id = polku_store_add_plan_unit (demo->store, learner_id, track->unit_ids[u], error);
      if (plan_unit_id == 0)
        return FALSE;

      record = polku_store_get_plan_unit (demo->store, plan_unit_id, error);
      if (record == NULL)
        return FALSE;
      g_free (record->starts_on);
      g_free (record->ends_on);
      record->starts_on = day (start_offset + (int) u * 60);
      record->ends_on = day (start_offset + (int) u * 60 + 90);
      if (!polku_store_update_plan_unit (demo->store, record, error))
        return FALSE;

      tasks[0] = u == 0 ? track->task_ids[0] : track->task_ids[3];
      tasks[1] = u == 0 ? track->task_ids[1] : track->task_ids[4];
      tasks[2] = track->task_ids[2];
      if (!polku_store_set_plan_unit_tasks (demo->store, plan_unit_id, tasks, u == 0 ? 3 : 2, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
add_period (Demo             *demo,
            gint64            learner_id,
            PolkuPeriodKind   kind,
            const Track      *track,
            int               starts,
            int               ends,
            GError          **error)
{
  PolkuPeriodRecord period = { 0 };
  g_autofree char *starts_on = day (starts);
  g_autofree char *ends_on = day (ends);

  period.learner_id = learner_id;
  period.kind = kind;
  period.workshop_id = track->workshop_id;
  period.starts_on = starts_on;
  period.ends_on = ends_on;
  period.supervisor = (char *) "Paula Valmentaja";
  period.main_tasks = (char *) _("Customer orders\nMachine work\nKeeping the workshop tidy");
  if (kind != POLKU_PERIOD_KIND_TRAINEE)
    {
      period.provider_id = demo->provider_id;
      period.agreement_id = demo->training_agreement_id;
      period.part_time_percent = 100;
    }

  return polku_store_add_period (demo->store, &period, error) != 0;
}

static gboolean
add_checkin (Demo        *demo,
             gint64       learner_id,
             int          held,
             int          next,
             const char  *record_text,
             GError     **error)
{
  PolkuCheckinRecord checkin = { 0 };
  g_autofree char *held_on = day (held);
  g_autofree char *next_on = day (next);

  checkin.learner_id = learner_id;
  checkin.held_on = held_on;
  checkin.next_on = next_on;
  checkin.participants = (char *) _("The learner and the coach");
  checkin.record = (char *) record_text;
  return polku_store_add_checkin (demo->store, &checkin, error) != 0;
}

static gint64
add_demonstration (Demo                      *demo,
                   gint64                     learner_id,
                   const Track               *track,
                   int                        starts,
                   PolkuDemonstrationState    state,
                   GError                   **error)
{
  PolkuDemonstrationRecord record = { 0 };
  PolkuAssessorRecord working_life = { 0 };
  PolkuAssessorRecord teacher = { 0 };
  g_autofree char *starts_on = day (starts);
  g_autofree char *ends_on = day (starts + 1);
  g_autofree char *discussion_on = day (starts + 1);
  gint64 id;

  record.learner_id = learner_id;
  record.state = state;
  record.provider_id = demo->provider_id;
  record.workshop_id = track->workshop_id;
  record.starts_on = starts_on;
  record.ends_on = ends_on;
  record.content = (char *) _("Plans the work from a customer's order\nDoes the work safely with the workshop's machines\nHands the finished work over to the customer");
  record.place = (char *) "ammatillisennaytonsuorituspaikka_1";
  if (state == POLKU_DEMONSTRATION_COMPLETED)
    record.assessment_discussion_on = discussion_on;

  id = polku_store_add_demonstration (demo->store, &record, error);
  if (id == 0)
    return 0;

  working_life.demonstration_id = id;
  working_life.side = POLKU_ASSESSOR_WORKING_LIFE;
  working_life.name = (char *) "Teemu Työnjohtaja";
  working_life.organisation = (char *) _("Esimerkkipaja ry (demo)");
  working_life.business_id = (char *) "1234567-1";
  working_life.role = (char *) "ammatillisennaytonarvioinnistapaattaneet_3";
  teacher.demonstration_id = id;
  teacher.side = POLKU_ASSESSOR_PROVIDER;
  teacher.name = (char *) "Olli Opettaja";
  teacher.organisation = (char *) _("Esimerkkiopisto (demo)");
  teacher.provider_id = demo->provider_id;
  teacher.role = (char *) "ammatillisennaytonarvioinnistapaattaneet_1";
  if (polku_store_add_assessor (demo->store, &working_life, error) == 0 ||
      polku_store_add_assessor (demo->store, &teacher, error) == 0)
    return 0;

  if (state == POLKU_DEMONSTRATION_COMPLETED)
    {
      static const char * const participants[] = {
        "ammatillisennaytonarviointikeskusteluunosallistuneet_1",
        "ammatillisennaytonarviointikeskusteluunosallistuneet_3",
        "ammatillisennaytonarviointikeskusteluunosallistuneet_5",
        NULL
      };
      int level_id = 0;

      if (!middle_level (demo->store, track->unit_ids[0], &level_id, error) ||
          !polku_store_set_demonstration_unit (demo->store, id, track->unit_ids[0], 0, POLKU_OUTCOME_PASSED,
                                               level_id, discussion_on, error) ||
          !polku_store_set_demonstration_participants (demo->store, id, participants, error))
        return 0;
    }
  else if (!polku_store_set_demonstration_unit (demo->store, id, track->unit_ids[0], 0, POLKU_OUTCOME_PENDING, 0,
                                                NULL, error) ||
           polku_store_add_individual_criterion (demo->store, id, 0,
                                                 _("Written work instructions are at hand during the demonstration."),
                                                 error) == 0)
    return 0;

  return id;
}

/* The teacher has recognised the first requirement the student demonstrated,
 * so that the review and the documents show a decided item. */
static gboolean
recognise_first (Demo         *demo,
                 gint64        learner_id,
                 const Track  *track,
                 GError      **error)
{
  g_autoptr(GPtrArray) requirements = NULL;
  g_autofree char *decided_on = day (-6);

  requirements = polku_store_catalogue_list_requirements (demo->store, track->unit_ids[0], error);
  if (requirements == NULL)
    return FALSE;
  if (requirements->len == 0)
    return TRUE;

  return polku_store_record_teacher_decision (demo->store, learner_id,
                                              ((PolkuRequirementRecord *) g_ptr_array_index (requirements, 0))->requirement_id,
                                              POLKU_TEACHER_DECISION_RECOGNISED,
                                              _("Shown in the demonstration at the workshop."),
                                              "Olli Opettaja", _("Esimerkkiopisto (demo)"), decided_on, error);
}

static gboolean
create_learner (Demo     *demo,
                guint     index,
                GError  **error)
{
  const LearnerText *text = &learner_texts[index];
  const Track *track = &demo->tracks[text->track];
  PolkuLearnerRecord learner = { 0 };
  g_autofree char *line = NULL;
  g_autofree char *units = NULL;
  g_autofree char *identified = NULL;
  guint n_units = 0, n_identified = 0, n_practising = 0;
  guint n0 = n_requirements (demo->store, track->unit_ids[0]);
  guint n1 = n_requirements (demo->store, track->unit_ids[1]);
  gint64 id;

  learner.first_names = (char *) text->first_names;
  learner.last_name = (char *) text->last_name;
  learner.preferred_name = (char *) text->preferred_name;
  learner.status = text->status;
  learner.coach = (char *) text->coach;
  learner.workshop_id = track->workshop_id;
  learner.urasuunnitelma = (char *) (index == STUDENT ? "urasuunnitelma_0002" : "urasuunnitelma_0001");
  if (text->status == POLKU_LEARNER_STATUS_OPISKELIJA)
    {
      learner.provider_id = demo->provider_id;
      learner.student_number = (char *) "DEMO-1234";
    }
  if (index == MID_PERIOD)
    {
      learner.special_support = TRUE;
      learner.support_measures = (char *) _("Clear written work instructions and a quiet place to work.");
    }
  learner.notes = (char *) _("A fictional learner of the demo.");

  id = polku_store_add_learner (demo->store, &learner, error);
  if (id == 0)
    return FALSE;

  switch (index)
    {
    case NEW:
      {
        g_autoptr(PolkuPlanRecord) plan = NULL;

        if (!add_period (demo, id, POLKU_PERIOD_KIND_TRAINEE, track, 0, 90, error) ||
            (plan = polku_store_get_plan (demo->store, id, error)) == NULL)
          return FALSE;
        g_free (plan->goal);
        plan->goal = g_strdup (_("I want to try woodwork and find a field that interests me."));
        if (!polku_store_update_plan (demo->store, plan, error))
          return FALSE;
      }
      break;

    case MID_PERIOD:
      {
        PolkuSupportRecord measure = { 0 };

        n_units = 2;
        measure.learner_id = id;
        measure.kind = POLKU_SUPPORT_KIND_GUIDANCE;
        measure.description = (char *) _("A weekly talk with the coach about how the week went.");
        measure.responsible = (char *) "Paula Valmentaja";
        if (!add_period (demo, id, POLKU_PERIOD_KIND_TRAINEE, track, -60, 60, error) ||
            !plan_units (demo, id, track, n_units, -60, _("I want to become a carpenter and apply to vocational school next year."),
                         error) ||
            !record_competences (demo, id, track, 0, 0, 2, POLKU_COMPETENCE_IDENTIFIED, -10, &n_identified, error) ||
            !record_competences (demo, id, track, 0, 2, 2, POLKU_COMPETENCE_PRACTISING, -10, &n_practising, error) ||
            polku_store_add_support (demo->store, &measure, error) == 0 ||
            !add_checkin (demo, id, -45, -14, _("Settled in well; wants more machine work."), error) ||
            !add_checkin (demo, id, -14, 14, _("First requirements identified; next: surface finishing."), error))
          return FALSE;
      }
      break;

    case DEMONSTRATION_PLANNED:
      {
        PolkuConsentRecord consent = { 0 };
        g_autofree char *given_on = day (-20);

        n_units = 1;
        consent.learner_id = id;
        consent.provider_id = demo->provider_id;
        consent.given_on = given_on;
        consent.scope = (char *) _("The pathway plan and the competences identified at the workshop");
        if (!add_period (demo, id, POLKU_PERIOD_KIND_TRAINEE, track, -120, 30, error) ||
            !plan_units (demo, id, track, n_units, -120, _("I want to show what I can do and get it recognised."),
                         error) ||
            !record_competences (demo, id, track, 0, 0, n0, POLKU_COMPETENCE_IDENTIFIED, -15, &n_identified, error) ||
            polku_store_add_consent (demo->store, &consent, error) == 0 ||
            add_demonstration (demo, id, track, 14, POLKU_DEMONSTRATION_PLANNED, error) == 0)
          return FALSE;
      }
      break;

    case CERTIFICATE_DUE:
      n_units = 2;
      if (!add_period (demo, id, POLKU_PERIOD_KIND_TRAINEE, track, -150, 5, error) ||
          !plan_units (demo, id, track, n_units, -150, _("I want a certificate of what I have learned for my job search."),
                       error) ||
          !record_competences (demo, id, track, 0, 0, n0, POLKU_COMPETENCE_IDENTIFIED, -30, &n_identified, error) ||
          !record_competences (demo, id, track, 1, 0, n1, POLKU_COMPETENCE_IDENTIFIED, -7, &n_identified, error) ||
          !add_checkin (demo, id, -7, 5, _("Both units identified; the competence certificate is due at the end of the period."),
                        error))
        return FALSE;
      break;

    case STUDENT:
      {
        PolkuConsentRecord consent = { 0 };
        g_autofree char *given_on = day (-30);
        guint n_demonstrated = 0;

        n_units = 2;
        consent.learner_id = id;
        consent.provider_id = demo->provider_id;
        consent.given_on = given_on;
        consent.scope = (char *) _("Competence records and demonstrations for the HOKS");
        if (!add_period (demo, id, POLKU_PERIOD_KIND_KOULUTUSSOPIMUS, track, -30, 120, error) ||
            !plan_units (demo, id, track, n_units, -30, _("I want to finish my vocational qualification."), error) ||
            !record_competences (demo, id, track, 0, 0, n0, POLKU_COMPETENCE_DEMONSTRATED, -9, &n_demonstrated, error) ||
            !record_competences (demo, id, track, 1, 0, 1, POLKU_COMPETENCE_PRACTISING, -5, &n_practising, error) ||
            polku_store_add_consent (demo->store, &consent, error) == 0 ||
            add_demonstration (demo, id, track, -8, POLKU_DEMONSTRATION_COMPLETED, error) == 0 ||
            !recognise_first (demo, id, track, error))
          return FALSE;
        n_identified += n_demonstrated;
      }
      break;

    case ARCHIVED:
      n_units = 1;
      if (!add_period (demo, id, POLKU_PERIOD_KIND_TRAINEE, track, -400, -200, error) ||
          !plan_units (demo, id, track, n_units, -400, _("I want to get to know work in a car workshop."), error) ||
          !record_competences (demo, id, track, 0, 0, 2, POLKU_COMPETENCE_IDENTIFIED, -220, &n_identified, error) ||
          !polku_store_set_learner_archived (demo->store, id, TRUE, error))
        return FALSE;
      break;

    default:
      g_assert_not_reached ();
    }

  /* Translators: part of a line of the demo report, e.g. "2 units planned". */
  units = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unit planned", "%u units planned", n_units), n_units);
  /* Translators: part of a line of the demo report, e.g. "6 requirements identified". */
  identified = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u requirement identified",
                                             "%u requirements identified", n_identified),
                                n_identified);
  /* Translators: a line of the demo report: the learner's name, their stage (e.g. "mid-period"),
   * then "2 units planned" and "6 requirements identified". */
  line = g_strdup_printf (_("Learner: %s %s (%s): %s, %s"),
                          text->preferred_name != NULL ? text->preferred_name : text->first_names,
                          text->last_name, _(text->stage), units, identified);
  report_line (demo, line);
  return TRUE;
}

static gboolean
check_empty (PolkuStore  *store,
             GError     **error)
{
  gint64 n_learners = polku_store_query_int (store, "SELECT count(*) FROM learner", error);
  gint64 n_workshops;

  if (n_learners < 0)
    return FALSE;
  n_workshops = polku_store_query_int (store, "SELECT count(*) FROM workshop", error);
  if (n_workshops < 0)
    return FALSE;

  if (n_learners > 0 || n_workshops > 0)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_INVALID,
                           _("The database already has workshops or learners; the demo fills only an empty one. Give another database with --database FILE."));
      return FALSE;
    }

  return TRUE;
}

/**
 * polku_demo_fill:
 * @report: (nullable): receives one line per thing created
 *
 * Fills the database with the demo, in one transaction, on the vocational
 * qualifications of the catalogue (Puuteollisuuden and Ajoneuvoalan
 * perustutkinto when present). Refuses a database that already has
 * workshops or learners, and a catalogue without a vocational qualification
 * (with a message saying what to import).
 *
 * Returns: 0 on success; 1 with @error set, the database unchanged
 */
int
polku_demo_fill (PolkuStore  *store,
                 GString     *report,
                 GError     **error)
{
  Demo demo = { 0 };
  gboolean ok;

  g_return_val_if_fail (POLKU_IS_STORE (store), 1);
  g_return_val_if_fail (!polku_store_in_transaction (store), 1);

  demo.store = store;
  demo.report = report;

  if (!polku_store_begin (store, error))
    return 1;

  ok = check_empty (store, error) && pick_perusteet (&demo, error) &&
       create_workshops (&demo, error) && create_partner (&demo, error);
  for (guint i = 0; ok && i < G_N_ELEMENTS (learner_texts); i++)
    ok = create_learner (&demo, i, error);

  demo_clear (&demo);

  if (!ok)
    {
      polku_store_rollback (store);
      return 1;
    }

  if (!polku_store_commit (store, error))
    return 1;

  polku_store_emit_changed (store, "workshop");
  polku_store_emit_changed (store, "learners");
  return 0;
}
