using System.Text.Json;
using Yrkesresan.Domain.Careers;
using Yrkesresan.Domain.Courses;

namespace Yrkesresan.Domain.Regions.Files.Sections;

/// <summary>Reads a region file's <c>courses</c> and <c>routes</c> into the course catalogue (rules <c>COURSE-1</c> to <c>COURSE-5</c>).</summary>
/// <param name="context">The file's read context, which collects every problem.</param>
/// <param name="indexes">Where the items handed to the domain types came from in the file.</param>
internal sealed class CatalogueReader(ReadContext context, IndexMap indexes) : SectionReader(context, indexes)
{
    /// <summary>Reads <c>courses</c> and <c>routes</c>.</summary>
    /// <param name="root">The file's root object.</param>
    /// <returns>The catalogue; null when a course or route could not be read or the catalogue breaks a rule.</returns>
    public CourseCatalogue? Read(JsonElement root)
    {
        int before = Context.Count;
        var courses = new List<Course>();
        ForEachItem(root, "courses", SectionTexts.WhatCourses, 0, (item, path, _) =>
        {
            if (ReadCourse(item, path) is Course course)
            {
                courses.Add(course);
            }
        });

        var routes = new List<Route>();
        ForEachItem(root, "routes", SectionTexts.WhatRoutes, 0, (item, path, _) =>
        {
            if (ReadRoute(item, path) is Route route)
            {
                routes.Add(route);
            }
        });

        if (Context.Count > before)
        {
            return null;
        }

        return Build(() => new CourseCatalogue(courses, routes), string.Empty);
    }

    private Course? ReadCourse(JsonElement item, string path)
    {
        int before = Context.Count;
        if (!Context.Object(item, path, SectionTexts.WhatACourse, ["id", "name", "course_days"], ["preparation", "follow_up"]))
        {
            return null;
        }

        string? id = ReadContext.ReadField(item, path, "id", Context.Text);
        string? name = ReadContext.ReadField(item, path, "name", Context.Text);
        long? days = ReadContext.ReadValue(item, path, "course_days", (v, p) => Context.Integer(v, p, 1, 100));
        List<CourseTask> preparation = ReadTasks(item, path, "preparation");
        List<CourseTask> followUp = ReadTasks(item, path, "follow_up");
        if (Context.Count > before || id is null || name is null || days is null)
        {
            return null;
        }

        return Build(() => new Course(id, name, (int)days, preparation, followUp), path);
    }

    private List<CourseTask> ReadTasks(JsonElement course, string coursePath, string field)
    {
        var tasks = new List<CourseTask>();
        string listPath = JsonPath.Property(coursePath, field);
        if (!ReadContext.Field(course, field, out JsonElement array) || !Context.List(array, listPath, 0, SectionTexts.WhatTasks))
        {
            return tasks;
        }

        int j = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            string path = JsonPath.Item(listPath, j++);
            if (!Context.Object(item, path, SectionTexts.WhatATask, ["title", "goal", "minutes"], ["mode"]))
            {
                continue;
            }

            string? title = ReadContext.ReadField(item, path, "title", Context.Text);
            long? minutes = ReadContext.ReadValue(item, path, "minutes", (v, p) => Context.Integer(v, p, 1, 10_000));
            DeliveryMode mode = ReadContext.ReadField(item, path, "mode", (v, p) => Context.Coded<DeliveryMode>(v, p, FileTexts.WhatDeliveryMode)) ?? DeliveryMode.Digital;
            KnowledgeGoal? goal = null;
            string goalPath = JsonPath.Property(path, "goal");
            if (ReadContext.Field(item, "goal", out JsonElement goalValue)
                && Context.Object(goalValue, goalPath, SectionTexts.WhatAKnowledgeGoal, ["level", "text"], []))
            {
                KnowledgeLevel? level = ReadContext.ReadField(goalValue, goalPath, "level", (v, p) => Context.Coded<KnowledgeLevel>(v, p, SectionTexts.WhatKnowledgeLevel));
                string? text = ReadContext.ReadField(goalValue, goalPath, "text", Context.Text);
                goal = level is not null && text is not null ? new KnowledgeGoal(level, text) : null;
            }

            if (title is not null && minutes is long m && goal is not null)
            {
                tasks.Add(new CourseTask(title, goal, (int)m, mode));
            }
        }

        return tasks;
    }

    private Route? ReadRoute(JsonElement item, string path)
    {
        int before = Context.Count;
        if (!Context.Object(item, path, SectionTexts.WhatARoute, ["step", "stops"], ["complete"]))
        {
            return null;
        }

        CareerStep? step = ReadContext.ReadField(item, path, "step", (v, p) => Context.Coded<CareerStep>(v, p, SectionTexts.WhatStep));
        bool complete = ReadContext.ReadValue(item, path, "complete", Context.Boolean) ?? true;
        var stops = new List<string>();
        string stopsPath = JsonPath.Property(path, "stops");
        if (ReadContext.Field(item, "stops", out JsonElement array) && Context.List(array, stopsPath, 0, SectionTexts.WhatCourseIds))
        {
            int j = 0;
            foreach (JsonElement stop in array.EnumerateArray())
            {
                if (Context.AnyText(stop, JsonPath.Item(stopsPath, j++)) is string id)
                {
                    stops.Add(id);
                }
            }
        }

        if (Context.Count > before || step is null)
        {
            return null;
        }

        return Build(() => new Route(step, stops, complete), path);
    }
}
