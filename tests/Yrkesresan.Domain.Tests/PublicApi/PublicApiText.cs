using System.Reflection;
using System.Text;

namespace Yrkesresan.Domain.Tests.PublicApi;

/// <summary>
/// Writes an assembly's public surface as sorted text, one line per type and member, so that any
/// change to it shows up as a diff against the reviewed snapshot.
/// </summary>
internal static class PublicApiText
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Of(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(Declaration(type)).Append('\n');
            foreach (string member in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("    ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Declaration(Type type)
    {
        string kind = type switch
        {
            { IsEnum: true } => "enum",
            { IsInterface: true } => "interface",
            { IsValueType: true } => (type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute)) ? "readonly " : string.Empty) + "struct",
            { IsAbstract: true, IsSealed: true } => "static class",
            { IsAbstract: true } => "abstract class",
            { IsSealed: true } => "sealed class",
            _ => "class",
        };
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        string constraints = string.Concat(type.GetGenericArguments().Select(Constraints));
        return $"{kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}{constraints}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        foreach (MemberInfo member in type.GetMembers(Declared))
        {
            switch (member)
            {
                case ConstructorInfo constructor:
                    yield return $"ctor({Parameters(constructor)})";
                    break;
                case MethodInfo method when !method.IsSpecialName || method.Name.StartsWith("op_", StringComparison.Ordinal):
                    yield return $"{(method.IsStatic ? "static " : string.Empty)}{Name(method.ReturnType)} {method.Name}{GenericParameters(method)}({Parameters(method)}){string.Concat(method.GetGenericArguments().Select(Constraints))}";
                    break;
                case PropertyInfo property:
                    string accessors = (property.GetMethod?.IsPublic == true ? "get; " : string.Empty)
                        + (property.SetMethod?.IsPublic == true ? (IsInitOnly(property.SetMethod) ? "init; " : "set; ") : string.Empty);
                    string indexer = property.GetIndexParameters().Length > 0 ? $"[{Parameters(property.GetIndexParameters())}]" : string.Empty;
                    bool isStatic = (property.GetMethod ?? property.SetMethod)!.IsStatic;
                    yield return $"{(isStatic ? "static " : string.Empty)}{Name(property.PropertyType)} {property.Name}{indexer} {{ {accessors}}}";
                    break;
                case FieldInfo field:
                    string modifier = field.IsLiteral ? $"const " : field.IsStatic ? "static " : string.Empty;
                    string value = field.IsLiteral ? $" = {field.GetRawConstantValue()}" : string.Empty;
                    yield return $"{modifier}{(field.IsInitOnly ? "readonly " : string.Empty)}{Name(field.FieldType)} {field.Name}{value}";
                    break;
                case EventInfo @event:
                    yield return $"event {Name(@event.EventHandlerType!)} {@event.Name}";
                    break;
                case Type nested:
                    yield return $"nested {Name(nested)}";
                    break;
            }
        }
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static string Parameters(MethodBase method) => Parameters(method.GetParameters());

    private static string Parameters(ParameterInfo[] parameters) => string.Join(", ", parameters.Select(p =>
        (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)
        + Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType)
        + " " + p.Name
        + (p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)));

    private static string GenericParameters(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;

    private static string Constraints(Type parameter)
    {
        var parts = new List<string>();
        GenericParameterAttributes attributes = parameter.GenericParameterAttributes;
        if (attributes.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
        {
            parts.Add("class");
        }

        if (attributes.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint))
        {
            parts.Add("struct");
        }

        parts.AddRange(parameter.GetGenericParameterConstraints().Where(c => c != typeof(ValueType)).Select(Name).Order(StringComparer.Ordinal));
        return parts.Count == 0 ? string.Empty : $" where {parameter.Name} : {string.Join(", ", parts)}";
    }

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        string name = type.IsNested ? Name(type.DeclaringType!) + "." + type.Name : (type.Namespace is null ? type.Name : type.Namespace + "." + type.Name);
        if (!type.IsGenericType)
        {
            return name;
        }

        int tick = name.IndexOf('`', StringComparison.Ordinal);
        string bare = tick < 0 ? name : name[..tick];
        return bare + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }
}
